/**
 * The timeline: events per day (or per month over long periods) stacked by type, in hand-written SVG.
 * Dragging across it (the brush) selects a period, which filters the map and the table. From the
 * keyboard the chart takes the focus: the arrow keys move over the bars, Shift with an arrow widens the
 * period, Home and End jump to the ends, Enter applies the period and Escape drops it; the period is
 * read out through a live region. The From/To fields are a third way to the same filter.
 */
import { svg, h, replace } from "../lib/dom.js";
import { orderTypes, typeColor, typeLabel } from "../lib/event-types.js";

const HEIGHT = 150;
const AXIS = 22;
const OUTLIER_SHARE = 0.05;
const OUTLIER_STRETCH = 4;
/** Above this many days the bars are months. */
const MAX_DAY_BUCKETS = 120;

const DAY_MS = 86400000;
const toDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day) => Date.parse(`${day.length === 7 ? `${day}-01` : day.length === 4 ? `${day}-01-01` : day.slice(0, 10)}T00:00:00Z`);

function monthEnd(key) {
  const [y, m] = key.split("-").map(Number);
  return toDay(Date.UTC(y, m, 0));
}

/** Buckets (days or months) covering the data, each with its events by type. */
export function bucketize(histogram) {
  const all = [];
  let undrawn = 0;
  for (const { type, days } of histogram.types) {
    for (const d of days) {
      // A year alone ("2016") or a week cannot be put on a day: counted, not drawn (one would stretch the axis over years).
      if (d.key && d.key.length >= 7 && !Number.isNaN(dayMs(d.key))) all.push({ type, day: d.key, events: d.events });
      else undrawn += d.events;
    }
  }
  if (!all.length) return { unit: "day", buckets: [], undrawn };
  // A few far-off dates (a background event years before) would squeeze the rest into one bar: when
  // the outer OUTLIER_SHARE of events on either side stretch the axis more than OUTLIER_STRETCH
  // times, they are counted and left out of the drawing.
  const sorted = all.map((d) => ({ t: dayMs(d.day), n: d.events })).sort((a, b) => a.t - b.t);
  const total = sorted.reduce((n, d) => n + d.n, 0);
  const quantile = (q) => {
    let seen = 0;
    for (const d of sorted) if ((seen += d.n) >= q * total) return d.t;
    return sorted[sorted.length - 1].t;
  };
  let first = sorted[0].t;
  let last = sorted[sorted.length - 1].t;
  const lo = quantile(OUTLIER_SHARE);
  const hi = quantile(1 - OUTLIER_SHARE);
  if (last - first > OUTLIER_STRETCH * Math.max(hi - lo, 30 * DAY_MS)) {
    for (const d of sorted) if (d.t < lo || d.t > hi) undrawn += d.n;
    first = lo;
    last = hi;
    all.splice(0, all.length, ...all.filter((d) => dayMs(d.day) >= lo && dayMs(d.day) <= hi));
  }
  const unit = (last - first) / DAY_MS + 1 > MAX_DAY_BUCKETS ? "month" : "day";
  const keys = [];
  if (unit === "day") for (let t = first; t <= last; t += DAY_MS) keys.push(toDay(t));
  else {
    const start = new Date(first);
    for (let y = start.getUTCFullYear(), m = start.getUTCMonth(); Date.UTC(y, m, 1) <= last; m === 11 ? ((m = 0), y++) : m++) keys.push(`${y}-${String(m + 1).padStart(2, "0")}`);
  }
  const index = new Map(keys.map((k, i) => [k, i]));
  const buckets = keys.map((key) => ({ key, from: unit === "day" ? key : `${key}-01`, to: unit === "day" ? key : monthEnd(key), byType: new Map(), total: 0 }));
  for (const d of all) {
    const key = unit === "day" ? toDay(dayMs(d.day)) : d.day.slice(0, 7);
    const b = buckets[index.get(key)];
    if (!b) continue;
    b.byType.set(d.type, (b.byType.get(d.type) ?? 0) + d.events);
    b.total += d.events;
  }
  return { unit, buckets, undrawn };
}

export function createTimeline(container, { onBrush }) {
  let state = { unit: "day", buckets: [] };
  let selection = null;
  /** The keyboard's period as bucket indexes: `anchor` stays, `focus` moves with the arrows. */
  let keys = null;

  function render() {
    const { buckets, unit } = state;
    const width = Math.max(320, container.clientWidth || 800);
    if (!buckets.length) {
      replace(container, h("p", { class: "muted" }, "No dated events to draw."));
      return;
    }
    const plotH = HEIGHT - AXIS;
    const max = Math.max(1, ...buckets.map((b) => b.total));
    const bw = width / buckets.length;
    const types = orderTypes(new Set(buckets.flatMap((b) => [...b.byType.keys()])));
    const bars = [];
    buckets.forEach((b, i) => {
      let y = plotH;
      for (const type of types) {
        const n = b.byType.get(type) ?? 0;
        if (!n) continue;
        const hgt = (n / max) * (plotH - 6);
        y -= hgt;
        bars.push(
          svg("rect", { x: (i * bw + 0.5).toFixed(1), y: y.toFixed(1), width: Math.max(1, bw - 1).toFixed(1), height: hgt.toFixed(1), fill: typeColor(type), class: "tl-bar" }, svg("title", {}, `${b.key}: ${n} ${typeLabel(type)}`)),
        );
      }
    });
    const ticks = [];
    const step = Math.max(1, Math.ceil(buckets.length / Math.max(2, Math.floor(width / 90))));
    for (let i = 0; i < buckets.length; i += step) {
      ticks.push(svg("text", { x: Math.min(width - 34, Math.max(34, i * bw + bw / 2)).toFixed(1), y: HEIGHT - 6, class: "tl-tick", "text-anchor": "middle" }, buckets[i].key));
    }
    const sel = svg("rect", { class: "tl-selection", x: 0, y: 0, width: 0, height: plotH, visibility: "hidden" });
    const overlay = svg("rect", { class: "tl-overlay", x: 0, y: 0, width, height: plotH });
    const chart = svg(
      "svg",
      {
        width,
        height: HEIGHT,
        viewBox: `0 0 ${width} ${HEIGHT}`,
        role: "group",
        tabindex: "0",
        class: "tl-chart",
        "aria-label": `Events per ${unit} by type, ${buckets[0].from} to ${buckets[buckets.length - 1].to}. Drag across the chart, or use the arrow keys (Shift widens, Enter applies, Escape clears) to select a period`,
      },
      svg("line", { x1: 0, x2: width, y1: plotH + 0.5, y2: plotH + 0.5, class: "tl-axis" }),
      bars,
      ticks,
      sel,
      overlay,
    );
    const indexAt = (clientX) => {
      const r = chart.getBoundingClientRect();
      return Math.min(buckets.length - 1, Math.max(0, Math.floor(((clientX - r.left) / r.width) * buckets.length)));
    };
    const showSelection = (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      sel.setAttribute("x", (lo * bw).toFixed(1));
      sel.setAttribute("width", ((hi - lo + 1) * bw).toFixed(1));
      sel.setAttribute("visibility", "visible");
      return [lo, hi];
    };
    if (selection) {
      const lo = buckets.findIndex((b) => b.to >= selection.from);
      let hi = -1;
      buckets.forEach((b, i) => { if (b.from <= selection.to) hi = i; });
      if (lo !== -1 && hi >= lo) showSelection(lo, hi);
    }
    const live = h("p", { class: "visually-hidden", "aria-live": "polite" });
    const announce = (lo, hi) => {
      const events = buckets.slice(lo, hi + 1).reduce((n, b) => n + b.total, 0);
      live.textContent = `${buckets[lo].from}${hi > lo || unit === "month" ? ` to ${buckets[hi].to}` : ""}: ${events} event${events === 1 ? "" : "s"}. Enter applies.`;
    };
    chart.addEventListener("keydown", (ev) => {
      const last = buckets.length - 1;
      const at = keys ?? { anchor: last, focus: last };
      let next = at.focus;
      if (ev.key === "ArrowLeft") next = at.focus - 1;
      else if (ev.key === "ArrowRight") next = at.focus + 1;
      else if (ev.key === "Home") next = 0;
      else if (ev.key === "End") next = last;
      else if (ev.key === "Enter" || ev.key === " ") {
        if (!keys) return;
        ev.preventDefault();
        const [lo, hi] = showSelection(keys.anchor, keys.focus);
        onBrush(buckets[lo].from, buckets[hi].to);
        return;
      } else if (ev.key === "Escape") {
        keys = null;
        sel.setAttribute("visibility", "hidden");
        live.textContent = "No period selected.";
        return;
      } else return;
      ev.preventDefault();
      next = Math.min(last, Math.max(0, next));
      // Without Shift the period is the one bar under the cursor; with it, it stretches from the anchor.
      keys = ev.shiftKey && keys ? { anchor: keys.anchor, focus: next } : { anchor: next, focus: next };
      const [lo, hi] = showSelection(keys.anchor, keys.focus);
      announce(lo, hi);
    });
    let start = null;
    overlay.addEventListener("pointerdown", (ev) => {
      start = indexAt(ev.clientX);
      overlay.setPointerCapture(ev.pointerId);
      showSelection(start, start);
    });
    overlay.addEventListener("pointermove", (ev) => {
      if (start !== null) showSelection(start, indexAt(ev.clientX));
    });
    overlay.addEventListener("pointerup", (ev) => {
      if (start === null) return;
      const [lo, hi] = showSelection(start, indexAt(ev.clientX));
      start = null;
      onBrush(buckets[lo].from, buckets[hi].to);
    });
    replace(container, chart, live, state.undrawn ? h("p", { class: "muted small-note" }, `${state.undrawn} events are not drawn: undated, dated only by year or week, or far outside the period shown.`) : null);
  }

  return {
    setData(histogram, range) {
      state = bucketize(histogram);
      keys = null;
      selection = range?.from || range?.to ? { from: range.from ?? "0000-01-01", to: range.to ?? "9999-12-31" } : null;
      render();
    },
    render,
  };
}

/** The colour key of the types on screen (map and timeline share it). */
export function typeLegend(types) {
  return h(
    "ul",
    { class: "legend", "aria-label": "Event types" },
    orderTypes(types).map((type) => {
      const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
      swatch.style.background = typeColor(type);
      return h("li", {}, swatch, typeLabel(type));
    }),
  );
}
