/**
 * The map of events: a basemap of Natural Earth's countries (world-atlas, served from this server and
 * converted from TopoJSON in the browser), markers sized by fatalities and coloured by type,
 * clustered when dense. No tiles: nothing leaves the machine.
 */
import { feature } from "/vendor/topojson-client/index.js";
import { h } from "../lib/dom.js";
import { typeColor, typeLabel } from "../lib/event-types.js";
import { eventHref } from "../lib/format.js";

let basemap = null;

function loadBasemap() {
  basemap ??= fetch("/vendor/world-atlas/countries-50m.json")
    .then((r) => r.json())
    .then((topology) => unwrapAntimeridian(feature(topology, topology.objects.countries)));
  return basemap;
}

/**
 * A ring that crosses the antimeridian (Fiji, Chukotka) jumps from +180 to -180 and would be drawn as a
 * line across the world: its western longitudes are moved past +180 so it is drawn in one piece.
 */
function unwrapAntimeridian(collection) {
  const fixRing = (ring) => {
    const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
    return crosses ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
  };
  for (const f of collection.features) {
    const g = f.geometry;
    if (g?.type === "Polygon") g.coordinates = g.coordinates.map(fixRing);
    else if (g?.type === "MultiPolygon") g.coordinates = g.coordinates.map((poly) => poly.map(fixRing));
  }
  return collection;
}

/** Marker diameter in pixels: grows with the square root of the toll (area with the count), capped. */
export function markerSize(fatalities) {
  const killed = Math.max(0, fatalities ?? 0);
  return Math.round(Math.min(44, 12 + 4 * Math.sqrt(killed)));
}

function describe(e) {
  const parts = [typeLabel(e.type), e.place ?? "unplaced", e.day ?? "undated"];
  if (e.fatalities) parts.push(`${e.fatalities} killed`);
  return parts.join(", ");
}

export function createEventMap(container) {
  const L = window.L;
  const map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 12, attributionControl: true, zoomSnap: 0.5 }).setView([20, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Basemap: Natural Earth (world-atlas)");
  loadBasemap().then((countries) => {
    L.geoJSON(countries, { interactive: false, style: { color: "#8c8c8c", weight: 0.6, fillColor: "#f1eee4", fillOpacity: 1 } }).addTo(map).bringToBack();
  });
  const cluster = L.markerClusterGroup({ maxClusterRadius: 36, showCoverageOnHover: false, chunkedLoading: true, spiderfyOnMaxZoom: true });
  map.addLayer(cluster);

  function markerOf(e) {
    const size = markerSize(e.fatalities);
    const dot = h("span", { class: "ev-dot" });
    dot.style.background = typeColor(e.type);
    const icon = L.divIcon({ className: "ev-marker", html: dot, iconSize: [size, size] });
    const marker = L.marker([e.lat, e.lon], { icon, title: describe(e), alt: describe(e), keyboard: true, riseOnHover: true });
    marker.on("click", () => {
      location.hash = eventHref(e.id);
    });
    marker.on("add", () => {
      const el = marker.getElement();
      if (!el) return;
      el.setAttribute("role", "link");
      el.setAttribute("aria-label", `Event: ${describe(e)}`);
      el.addEventListener("keydown", (ev) => {
        if (ev.key === "Enter" || ev.key === " ") {
          ev.preventDefault();
          location.hash = eventHref(e.id);
        }
      });
    });
    marker.bindTooltip(h("span", {}, describe(e)), { direction: "top", offset: [0, -size / 2] });
    return marker;
  }

  return {
    map,
    /** Shows these events (brief form); fits the view to them unless `keepView`. */
    setEvents(events, { keepView = false } = {}) {
      cluster.clearLayers();
      const placed = events.filter((e) => e.lat !== null && e.lon !== null);
      cluster.addLayers(placed.map(markerOf));
      if (!keepView && placed.length) {
        const bounds = L.latLngBounds(placed.map((e) => [e.lat, e.lon]));
        map.fitBounds(bounds.pad(0.2), { maxZoom: 7 });
      }
      return placed.length;
    },
    invalidate() {
      map.invalidateSize();
    },
  };
}
