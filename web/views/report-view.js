/**
 * The situation report of a period and a region: counts by type and region, the deadliest incidents
 * and key quotes by speaker. Made to be printed (print.css): the form and the navigation do not print.
 */
import { getJson } from "../lib/api.js";
import { h, replace } from "../lib/dom.js";
import { typeColor, typeLabel } from "../lib/event-types.js";
import { actorHref, eventHref, formatActor, formatPlace, formatToll, hashOf, plural } from "../lib/format.js";
import { quoteItem } from "./actor-view.js";

function barTable(caption, buckets, label) {
  const max = Math.max(1, ...buckets.map((b) => b.events));
  return h(
    "table",
    { class: "simple bars" },
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, label), h("th", { scope: "col", class: "num" }, "Events"), h("th", { scope: "col", class: "num" }, "Killed"), h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, "Share")))),
    h(
      "tbody",
      {},
      buckets.map((b) => {
        const bar = h("span", { class: "bar", "aria-hidden": "true" });
        bar.style.width = `${Math.round((b.events / max) * 100)}%`;
        if (label === "Type") bar.style.background = typeColor(b.key);
        return h("tr", {}, h("th", { scope: "row" }, label === "Type" ? typeLabel(b.key) : b.key ?? "unknown"), h("td", { class: "num" }, String(b.events)), h("td", { class: "num" }, String(b.fatalities)), h("td", { class: "bar-cell" }, bar));
      }),
    ),
  );
}

export async function reportView(main, params) {
  const request = { from: params.get("from") ?? "", to: params.get("to") ?? "", country: params.get("country") ?? "" };
  document.title = "Situation report · sitrep";
  const form = h(
    "form",
    { class: "report-form no-print", "aria-label": "Report period and region" },
    h("div", { class: "field" }, h("label", { for: "r-from" }, "From"), h("input", { id: "r-from", name: "from", type: "date", value: request.from })),
    h("div", { class: "field" }, h("label", { for: "r-to" }, "To"), h("input", { id: "r-to", name: "to", type: "date", value: request.to })),
    h("div", { class: "field" }, h("label", { for: "r-country" }, "Country (ISO code)"), h("input", { id: "r-country", name: "country", type: "text", maxlength: "2", size: "3", value: request.country, pattern: "[A-Za-z]{2}" })),
    h("button", { type: "submit" }, "Make report"),
    h("button", { type: "button", onClick: () => window.print() }, "Print or save as PDF"),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    location.hash = hashOf("report", { from: data.get("from"), to: data.get("to"), country: String(data.get("country") ?? "").toUpperCase() });
  });
  const report = await getJson("/api/sitrep", request);
  const period = request.from || request.to ? `${request.from || "the beginning"} to ${request.to || "today"}` : "all dates";
  const region = request.country ? request.country : "all countries";
  replace(
    main,
    h("h1", { tabindex: "-1" }, "Situation report"),
    form,
    h("p", { class: "report-scope" }, `Period: ${period}. Region: ${region}. ${plural(report.totals.events, "event")}, ${plural(report.totals.fatalities, "person", "people")} killed (the lowest figure reported for each event).`),
    h(
      "div",
      { class: "report-counts" },
      h("section", { "aria-labelledby": "by-type-h" }, h("h2", { id: "by-type-h" }, "Events by type"), barTable("Events by type", report.byType, "Type")),
      h("section", { "aria-labelledby": "by-region-h" }, h("h2", { id: "by-region-h" }, report.byRegion.level === "admin1" ? "Events by province" : "Events by country"), barTable("Events by region", report.byRegion.buckets, report.byRegion.level === "admin1" ? "Province" : "Country")),
    ),
    h(
      "section",
      { "aria-labelledby": "deadliest-h" },
      h("h2", { id: "deadliest-h" }, "Deadliest incidents"),
      report.deadliest.length
        ? h(
            "ol",
            { class: "deadliest" },
            report.deadliest.map((e) =>
              h(
                "li",
                {},
                h("a", { href: eventHref(e.id) }, `${typeLabel(e.type.value)}${e.place.value ? ` in ${formatPlace(e.place.value)}` : ""}`),
                `, ${e.day ?? "undated"}: `,
                h("strong", {}, `${formatToll(e.fatalities)} killed`),
                e.actor.value ? [" — ", h("a", { href: actorHref(e.actor.value.name) }, formatActor(e.actor.value))] : null,
                ` (${plural(e.sourceCount, "source")})`,
                h("blockquote", { class: "evidence small" }, e.reports[0]?.evidence.text ?? ""),
              ),
            ),
          )
        : h("p", { class: "muted" }, "No incidents with fatalities."),
    ),
    h(
      "section",
      { "aria-labelledby": "key-quotes-h" },
      h("h2", { id: "key-quotes-h" }, "Key quotes by speaker"),
      report.quotes.length
        ? report.quotes.map((s) => h("div", { class: "speaker" }, h("h3", {}, h("a", { href: actorHref(s.speaker) }, s.speaker), s.affiliation ? h("span", { class: "muted" }, ` (${s.affiliation})`) : null, h("span", { class: "muted" }, ` — ${plural(s.count, "quote")}`)), h("ul", { class: "quotes" }, s.quotes.map(quoteItem))))
        : h("p", { class: "muted" }, "No quotes."),
    ),
    h("p", { class: "muted print-only" }, `Made by sitrep from ${location.origin} on ${new Date().toISOString().slice(0, 10)}.`),
  );
}
