/**
 * The article reader: the cleaned text with its annotation layers drawn over it (entities, places,
 * dates, quotes, events), each layer switchable, each mention linked to what it is (an actor's page,
 * an event's page), and the layers listed beside the text.
 */
import { getJson } from "../lib/api.js";
import { h, replace } from "../lib/dom.js";
import { typeLabel } from "../lib/event-types.js";
import { cutAtAnnotations } from "../lib/highlight.js";
import { actorHref, eventHref, formatCount } from "../lib/format.js";

const LAYERS = [
  { key: "entity", label: "Entities" },
  { key: "place", label: "Places" },
  { key: "date", label: "Dates" },
  { key: "quote", label: "Quotes" },
  { key: "event", label: "Events" },
];

export async function articleView(main, id, params) {
  const [{ article, document: doc }, events] = await Promise.all([
    getJson(`/api/articles/${encodeURIComponent(id)}`),
    getJson("/api/events", { articleId: id, limit: 200, view: "full" }),
  ]);
  document.title = `${doc.meta.title ?? article.title ?? "Article"} · sitrep`;
  // The corpus event each of the document's events belongs to.
  const corpusEventOf = new Map();
  for (const e of events.items) for (const r of e.reports) if (r.articleId === article.id) corpusEventOf.set(r.eventId, e.id);
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const places = new Map(doc.places.map((p) => [p.id, p]));
  const dates = new Map(doc.dates.map((d) => [d.id, d]));

  const ranges = [];
  for (const e of doc.entities) ranges.push({ start: e.start, end: e.end, layer: "entity", item: e, label: `${e.type}${e.actor && actors.get(e.actor) ? ` → ${actors.get(e.actor).name}` : ""}`, href: e.actor && actors.get(e.actor) ? actorHref(actors.get(e.actor).name) : null });
  for (const p of doc.places) ranges.push({ start: p.start, end: p.end, layer: "place", item: p, label: `Place: ${p.name}${p.admin1 ? `, ${p.admin1}` : ""}${p.country ? `, ${p.country}` : ""} (${p.feature}; ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})` });
  for (const d of doc.dates) ranges.push({ start: d.start, end: d.end, layer: "date", item: d, label: `Date: ${d.value ?? "unresolved"} (${d.precision}${d.qualifier ? `, ${d.qualifier}` : ""})` });
  for (const q of doc.quotes) ranges.push({ start: q.start, end: q.end, layer: "quote", item: q, label: `Quote (${q.kind})${q.speaker && actors.get(q.speaker) ? ` by ${actors.get(q.speaker).name}` : q.speakerText ? ` by ${q.speakerText}` : ""}` });
  for (const v of doc.events) {
    const corpusId = corpusEventOf.get(v.id);
    const summary = `Event: ${typeLabel(v.type)}${v.fatalities ? `, killed ${formatCount(v.fatalities)}` : ""}${v.modality !== "asserted" ? ` (${v.modality})` : ""}`;
    ranges.push({ start: v.evidence.start, end: v.evidence.end, layer: "evidence", item: v, label: summary });
    if (v.trigger) ranges.push({ start: v.trigger.start, end: v.trigger.end, layer: "event", item: v, label: summary, href: corpusId ? eventHref(corpusId) : null, anchor: `trigger-${v.id}` });
  }

  const shown = new Set(LAYERS.map((l) => l.key));
  const textBox = h("div", { class: "article-text", id: "article-text" });
  function renderText() {
    const visible = ranges.filter((r) => shown.has(r.layer === "evidence" ? "event" : r.layer));
    const anchored = new Set();
    replace(
      textBox,
      cutAtAnnotations(doc.text, visible).map((piece) => {
        if (!piece.ranges.length) return piece.text;
        const layers = [...new Set(piece.ranges.map((r) => r.layer))];
        const link = piece.ranges.find((r) => r.layer === "event" && r.href) ?? piece.ranges.find((r) => r.href);
        const attrs = { class: layers.map((l) => `hl-${l}`).join(" "), title: [...new Set(piece.ranges.filter((r) => r.layer !== "evidence" || layers.length === 1).map((r) => r.label))].join("\n") };
        const anchor = piece.ranges.find((r) => r.anchor && !anchored.has(r.anchor));
        if (anchor) {
          anchored.add(anchor.anchor);
          attrs.id = anchor.anchor;
        }
        if (params.get("event") && piece.ranges.some((r) => r.layer === "evidence" && r.item.id === params.get("event"))) attrs.class += " focused";
        return link ? h("a", { ...attrs, href: link.href }, piece.text) : h("span", attrs, piece.text);
      }),
    );
  }

  const toggles = h(
    "fieldset",
    { class: "layer-toggles" },
    h("legend", {}, "Highlight"),
    LAYERS.map((l) => {
      const input = h("input", { type: "checkbox", id: `layer-${l.key}`, checked: true });
      input.addEventListener("change", () => {
        input.checked ? shown.add(l.key) : shown.delete(l.key);
        renderText();
      });
      return h("span", { class: "check" }, input, h("label", { for: `layer-${l.key}`, class: `hl-${l.key}` }, l.label));
    }),
  );

  const side = h(
    "aside",
    { class: "article-side", "aria-label": "Annotations" },
    h("h2", {}, `Events (${doc.events.length})`),
    h(
      "ol",
      { class: "ann-list" },
      doc.events.map((v) => {
        const corpusId = corpusEventOf.get(v.id);
        return h(
          "li",
          {},
          corpusId ? h("a", { href: eventHref(corpusId) }, typeLabel(v.type)) : typeLabel(v.type),
          v.fatalities ? ` — killed ${formatCount(v.fatalities)}` : "",
          v.place && places.get(v.place) ? ` — ${places.get(v.place).name}` : "",
          v.date && dates.get(v.date)?.value ? ` — ${dates.get(v.date).value}` : "",
          v.modality !== "asserted" ? h("span", { class: "badge" }, v.modality) : null,
          v.background ? h("span", { class: "badge" }, "background") : null,
          " ",
          v.trigger ? h("button", { type: "button", class: "link-button", onClick: () => focusAnchor(`trigger-${v.id}`) }, "show in text") : null,
        );
      }),
    ),
    h("h2", {}, `Quotes (${doc.quotes.length})`),
    h(
      "ul",
      { class: "ann-list" },
      doc.quotes.map((q) => {
        const speaker = q.speaker ? actors.get(q.speaker) : null;
        return h("li", {}, speaker ? h("a", { href: actorHref(speaker.name) }, speaker.name) : q.speakerText ?? "unknown speaker", `: “${q.text.length > 160 ? `${q.text.slice(0, 159)}…` : q.text}”`);
      }),
    ),
    h("h2", {}, `Actors (${doc.actors.length})`),
    h("ul", { class: "ann-list" }, doc.actors.map((a) => h("li", {}, h("a", { href: actorHref(a.name) }, a.name), h("span", { class: "muted" }, ` ${a.kind}${a.country ? `, ${a.country}` : ""}`)))),
    h("h2", {}, `Places (${doc.places.length})`),
    h("ul", { class: "ann-list" }, [...new Map(doc.places.map((p) => [p.geonameid ?? p.name, p])).values()].map((p) => h("li", {}, `${p.name}${p.country ? `, ${p.country}` : ""}`, h("span", { class: "muted" }, ` ${p.feature}`)))),
  );

  replace(
    main,
    h("nav", { class: "crumbs", "aria-label": "Breadcrumb" }, h("a", { href: "#/articles" }, "Articles"), " › ", article.id),
    h("h1", { tabindex: "-1" }, doc.meta.title ?? article.title ?? article.id),
    h("p", { class: "muted" }, [article.outlet, doc.meta.published, article.url].filter(Boolean).join(" · ")),
    doc.empty ? h("p", { class: "error" }, `Empty result: ${doc.empty.code} — ${doc.empty.reason}`) : null,
    toggles,
    h("div", { class: "article-layout" }, h("section", { "aria-label": "Article text" }, textBox), side),
    doc.removed.length ? h("details", {}, h("summary", {}, `Removed while cleaning (${doc.removed.length})`), h("ul", {}, doc.removed.map((r) => h("li", {}, h("span", { class: "muted" }, `${r.reason}: `), r.text)))) : null,
  );
  renderText();
  if (params.get("event")) focusAnchor(`trigger-${params.get("event")}`);
}

function focusAnchor(id) {
  const el = document.getElementById(id);
  if (!el) return;
  if (!el.hasAttribute("href")) el.setAttribute("tabindex", "-1");
  el.scrollIntoView({ block: "center" });
  el.focus({ preventScroll: true });
}
