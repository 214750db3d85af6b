/**
 * An event: what it was (the values shown), what each source said (every value, with its outlets,
 * conflicts marked), and every report's evidence sentence with the trigger and the toll's words
 * highlighted: the way from a number to the sentence behind it.
 */
import { getJson } from "../lib/api.js";
import { h, replace } from "../lib/dom.js";
import { typeColor, typeLabel } from "../lib/event-types.js";
import { cutAtAnnotations, findText } from "../lib/highlight.js";
import { actorHref, articleHref, formatActor, formatCount, formatDate, formatPlace, formatToll, plural } from "../lib/format.js";

const FIELDS = [
  { key: "type", label: "Type", show: (v) => typeLabel(v) },
  { key: "mode", label: "Mode", show: (v) => v ?? "—" },
  { key: "modality", label: "Modality", show: (v) => v },
  { key: "actor", label: "Actor", show: formatActor },
  { key: "target", label: "Target", show: formatActor },
  { key: "place", label: "Place", show: formatPlace },
  { key: "date", label: "Date", show: formatDate },
];

/** The evidence sentence with the trigger and the reported tolls marked. */
export function evidenceWithMarks(report) {
  const ev = report.evidence;
  const ranges = [];
  if (report.trigger && report.trigger.start >= ev.start && report.trigger.end <= ev.end) {
    ranges.push({ start: report.trigger.start - ev.start, end: report.trigger.end - ev.start, kind: "trigger", label: "trigger" });
  }
  const killed = findText(ev.text, report.fatalities?.text, { kind: "toll", label: `killed: ${formatCount(report.fatalities)}` });
  if (killed) ranges.push(killed);
  const hurt = findText(ev.text, report.injuries?.text, { kind: "injuries", label: `injured: ${formatCount(report.injuries)}` });
  if (hurt) ranges.push(hurt);
  return h(
    "blockquote",
    { class: "evidence" },
    cutAtAnnotations(ev.text, ranges).map((piece) => {
      if (!piece.ranges.length) return piece.text;
      const kinds = piece.ranges.map((r) => r.kind);
      return h("mark", { class: kinds.map((k) => `hl-${k}`).join(" "), title: piece.ranges.map((r) => r.label).join("; ") }, piece.text);
    }),
  );
}

function valueList(field, values, show) {
  return h(
    "ul",
    { class: "values" },
    values.map((v) => h("li", {}, h("span", { class: "value" }, show(v.value)), h("span", { class: "muted" }, ` — ${v.outlets.length ? v.outlets.join(", ") : "unknown outlet"} (${plural(v.reports.length, "report")})`))),
  );
}

function fieldRow(label, field, show) {
  return h(
    "tr",
    { class: field.conflict ? "conflict-row" : null },
    h("th", { scope: "row" }, label),
    h("td", {}, show(field.value), field.conflict ? h("span", { class: "badge conflict" }, "conflict") : null),
    h("td", { class: "muted" }, field.chosenBy),
    h("td", {}, valueList(label, field.values, show)),
  );
}

function tollRow(label, toll) {
  return h(
    "tr",
    { class: toll.conflict ? "conflict-row" : null },
    h("th", { scope: "row" }, label),
    h("td", {}, formatToll(toll), toll.conflict ? h("span", { class: "badge conflict" }, "conflict") : null),
    h("td", { class: "muted" }, toll.values.length ? "lowest (as ACLED codes)" : "none reported"),
    h("td", {}, valueList(label, toll.values, (c) => `${formatCount(c)} (“${c.text}”)`)),
  );
}

function reportCard(report, index) {
  const s = report.source;
  return h(
    "article",
    { class: "report", id: `report-${index + 1}` },
    h("h3", {}, s.outlet ?? "Unknown outlet", s.title ? h("span", { class: "muted" }, ` — ${s.title}`) : null, s.published ? h("span", { class: "muted" }, ` (${s.published})`) : null),
    evidenceWithMarks(report),
    h(
      "dl",
      { class: "report-facts" },
      h("dt", {}, "Type"), h("dd", {}, `${typeLabel(report.type)}${report.mode ? ` / ${report.mode}` : ""} (${report.modality}${report.background ? ", background" : ""})`),
      h("dt", {}, "Killed"), h("dd", {}, formatCount(report.fatalities)),
      h("dt", {}, "Injured"), h("dd", {}, formatCount(report.injuries)),
      h("dt", {}, "Place"), h("dd", {}, report.place ? `${formatPlace(report.place)} (“${report.place.text}”, ${report.geoPrecision ?? "?"})` : "—"),
      h("dt", {}, "Date"), h("dd", {}, formatDate(report.date)),
    ),
    h("p", {}, h("a", { href: articleHref(report.articleId, { event: report.eventId }) }, "Read it in the article"), s.url ? [" · ", h("a", { href: s.url, rel: "noopener noreferrer", target: "_blank" }, "original")] : null),
  );
}

export async function eventView(main, id) {
  const event = await getJson(`/api/events/${encodeURIComponent(id)}`);
  const type = event.type.value;
  const place = event.place.value;
  document.title = `${typeLabel(type)}${place ? ` in ${place.name}` : ""} · sitrep`;
  const swatch = h("span", { class: "swatch big", "aria-hidden": "true" });
  swatch.style.background = typeColor(type);
  const actor = event.actor.value;
  const target = event.target.value;
  replace(
    main,
    h("nav", { class: "crumbs", "aria-label": "Breadcrumb" }, h("a", { href: "#/" }, "Events"), " › ", event.id),
    h("h1", { tabindex: "-1" }, swatch, `${typeLabel(type)}${event.mode.value ? ` (${event.mode.value})` : ""}${place ? ` in ${formatPlace(place)}` : ""}`, h("span", { class: "muted" }, event.day ? `, ${event.day}` : "")),
    h(
      "p",
      { class: "lede" },
      actor ? h("a", { href: actorHref(actor.name) }, actor.name) : "Unknown actor",
      " → ",
      target ? h("a", { href: actorHref(target.name) }, target.name) : "no target named",
      ". Killed: ",
      h("strong", { class: "toll" }, formatToll(event.fatalities)),
      ". Injured: ",
      formatToll(event.injuries),
      `. ${plural(event.sourceCount, "source")}, ${plural(event.articleCount, "article")}.`,
    ),
    h(
      "section",
      { "aria-labelledby": "sources-h" },
      h("h2", { id: "sources-h" }, "What each source said"),
      h(
        "table",
        { class: "fields" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Field"), h("th", { scope: "col" }, "Shown"), h("th", { scope: "col" }, "Chosen by"), h("th", { scope: "col" }, "Values reported"))),
        h("tbody", {}, FIELDS.map((f) => fieldRow(f.label, event[f.key], f.show)), tollRow("Killed", event.fatalities), tollRow("Injured", event.injuries)),
      ),
    ),
    h("section", { "aria-labelledby": "reports-h" }, h("h2", { id: "reports-h" }, `Reports (${event.reports.length})`), h("p", { class: "muted legend-inline" }, h("mark", { class: "hl-trigger" }, "trigger"), " ", h("mark", { class: "hl-toll" }, "death toll"), " ", h("mark", { class: "hl-injuries" }, "injuries")), event.reports.map(reportCard)),
    event.merges.length
      ? h(
          "section",
          { "aria-labelledby": "merges-h" },
          h("h2", { id: "merges-h" }, "Why these reports are one event"),
          h("ul", {}, event.merges.map((m) => h("li", {}, `${m.report} joined ${m.matched} (score ${Number(m.score).toFixed(2)}, by ${m.by}): `, Object.entries(m.fields ?? {}).map(([k, v]) => `${k} ${v}`).join("; ")))),
        )
      : null,
    event.corrections.length
      ? h("section", { "aria-labelledby": "corr-h" }, h("h2", { id: "corr-h" }, "Analysts' corrections"), h("ul", {}, event.corrections.map((c) => h("li", {}, `${c.field} → ${JSON.stringify(c.value)}${c.by ? ` by ${c.by}` : ""}${c.note ? `: ${c.note}` : ""} (${c.at})`))))
      : null,
  );
}
