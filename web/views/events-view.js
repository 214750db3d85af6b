/**
 * The front page: filters, the map, the timeline and the table, all showing the same events. The
 * filters live in the address (#/?type=ASSAULT&from=...), so a view can be bookmarked and Back works.
 */
import { getJson } from "../lib/api.js";
import { h, replace } from "../lib/dom.js";
import { orderTypes, typeColor, typeLabel } from "../lib/event-types.js";
import { hashOf, plural } from "../lib/format.js";
import { createEventMap } from "./event-map.js";
import { createEventTable } from "./event-table.js";
import { createTimeline, typeLegend } from "./timeline.js";

/** Events loaded for the map and the table at once (the API's largest brief page). */
const MAP_EVENTS = 5000;
const FILTER_KEYS = ["type", "from", "to", "country", "admin1", "actor", "minFatalities", "modality"];
const MODALITIES = ["asserted", "claimed", "pledged", "intended", "demanded", "hypothetical", "negated"];

function filtersOf(params) {
  const f = {};
  for (const k of FILTER_KEYS) if (params.get(k)) f[k] = params.get(k);
  return f;
}

export function eventsView(main, params) {
  document.title = "Events · sitrep";
  const filterForm = h("form", { class: "filters", id: "filters", "aria-label": "Filter events" });
  const mapBox = h("div", { id: "map", class: "map", role: "region", "aria-label": "Map of events" });
  const timelineBox = h("div", { class: "timeline", id: "timeline" });
  const legendBox = h("div", { class: "legend-box" });
  const summary = h("p", { class: "summary", role: "status", "aria-live": "polite" });
  const clearPeriod = h("button", { type: "button", class: "link-button", hidden: true }, "Clear period");
  const tableBox = h("div", { id: "event-table" });
  replace(
    main,
    h("h1", { class: "visually-hidden", tabindex: "-1" }, "Events"),
    h(
      "div",
      { class: "events-layout" },
      h("aside", { class: "filters-pane" }, h("h2", {}, "Filters"), filterForm),
      h(
        "div",
        { class: "events-main" },
        summary,
        mapBox,
        h("section", { class: "timeline-section", "aria-labelledby": "timeline-h" }, h("div", { class: "section-head" }, h("h2", { id: "timeline-h" }, "Timeline"), clearPeriod), timelineBox, legendBox),
        h("section", { "aria-labelledby": "table-h" }, h("h2", { id: "table-h" }, "Events"), tableBox),
      ),
    ),
  );
  const map = createEventMap(mapBox);
  const table = createEventTable(tableBox);
  let filters = filtersOf(params);
  const navigate = (next) => {
    location.hash = hashOf("", next);
  };
  const timeline = createTimeline(timelineBox, { onBrush: (from, to) => navigate({ ...filters, from, to }) });
  clearPeriod.addEventListener("click", () => navigate({ ...filters, from: undefined, to: undefined }));
  let countries = null;
  let loadId = 0;

  async function renderFilters(typeCounts) {
    countries ??= (await getJson("/api/events/counts", { by: "country" })).items.filter((b) => b.key).sort((a, b) => a.key.localeCompare(b.key));
    const selected = new Set((filters.type ?? "").split(",").filter(Boolean));
    const types = orderTypes(new Set([...typeCounts.map((t) => t.key).filter(Boolean), ...selected]));
    const countOf = new Map(typeCounts.map((t) => [t.key, t.events]));
    const field = (id, label, input) => h("div", { class: "field" }, h("label", { for: id }, label), input);
    replace(
      filterForm,
      h(
        "fieldset",
        { class: "types" },
        h("legend", {}, "Type"),
        types.map((type) => {
          const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
          swatch.style.background = typeColor(type);
          const id = `type-${type}`;
          return h("div", { class: "check" }, h("input", { type: "checkbox", id, name: "type", value: type, checked: selected.has(type) }), h("label", { for: id }, swatch, typeLabel(type), h("span", { class: "muted" }, ` ${countOf.get(type) ?? 0}`)));
        }),
      ),
      field("f-from", "From", h("input", { id: "f-from", name: "from", type: "date", value: filters.from ?? "" })),
      field("f-to", "To", h("input", { id: "f-to", name: "to", type: "date", value: filters.to ?? "" })),
      field(
        "f-country",
        "Country",
        h("select", { id: "f-country", name: "country" }, h("option", { value: "" }, "All"), countries.map((c) => h("option", { value: c.key, selected: c.key === filters.country }, `${c.key} (${c.events})`))),
      ),
      field("f-admin1", "Province (admin1)", h("input", { id: "f-admin1", name: "admin1", type: "text", value: filters.admin1 ?? "" })),
      field("f-actor", "Actor", h("input", { id: "f-actor", name: "actor", type: "text", value: filters.actor ?? "", placeholder: "part of a name" })),
      field("f-min", "At least killed", h("input", { id: "f-min", name: "minFatalities", type: "number", min: "0", step: "1", value: filters.minFatalities ?? "" })),
      field("f-modality", "Modality", h("select", { id: "f-modality", name: "modality" }, h("option", { value: "" }, "Any"), MODALITIES.map((m) => h("option", { value: m, selected: m === filters.modality }, m)))),
      h("div", { class: "actions" }, h("button", { type: "submit" }, "Apply"), h("a", { href: "#/", class: "reset" }, "Reset")),
    );
  }

  function readForm() {
    const data = new FormData(filterForm);
    const next = {};
    const types = data.getAll("type");
    if (types.length) next.type = types.join(",");
    for (const k of ["from", "to", "country", "admin1", "actor", "minFatalities", "modality"]) {
      const v = String(data.get(k) ?? "").trim();
      if (v) next[k] = v;
    }
    return next;
  }
  filterForm.addEventListener("submit", (ev) => {
    ev.preventDefault();
    navigate(readForm());
  });
  filterForm.addEventListener("change", (ev) => {
    // Checkboxes and menus apply at once; typed fields on Enter or Apply.
    if (ev.target.type === "checkbox" || ev.target.tagName === "SELECT" || ev.target.type === "date") navigate(readForm());
  });

  async function load(keepView) {
    const id = ++loadId;
    const { type, ...withoutType } = filters;
    const { from, to, ...withoutPeriod } = filters;
    summary.textContent = "Loading events…";
    const [page, typeCounts, histogram] = await Promise.all([
      getJson("/api/events", { ...filters, view: "brief", limit: MAP_EVENTS, sort: "-date" }),
      getJson("/api/events/counts", { ...withoutType, by: "type" }),
      getJson("/api/events/histogram", withoutPeriod),
    ]);
    if (id !== loadId) return;
    const active = document.activeElement?.id;
    await renderFilters(typeCounts.items);
    if (active) document.getElementById(active)?.focus();
    const placed = map.setEvents(page.items, { keepView });
    table.setEvents(page.items);
    timeline.setData(histogram, { from, to });
    replace(legendBox, typeLegend(new Set(page.items.map((e) => e.type))));
    clearPeriod.hidden = !(from || to);
    const killed = page.items.reduce((n, e) => n + (e.fatalities ?? 0), 0);
    summary.textContent = `${plural(page.items.length, "event")}${page.next ? " (the first " + MAP_EVENTS + ")" : ""}, ${plural(placed, "on the map", "on the map")}, ${plural(killed, "killed", "killed")} (lowest reported figures)`;
  }

  load(false).catch((e) => showError(main, e));
  let resizeTimer;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => timeline.render(), 200);
  });
  return {
    update(next) {
      filters = filtersOf(next);
      load(false).catch((e) => showError(main, e));
    },
  };
}

export function showError(main, error) {
  const box = h("div", { class: "error", role: "alert" }, h("strong", {}, error.code ?? "Error"), ": ", error.message ?? String(error));
  main.prepend(box);
}
