/** An actor: who it is, the events it took part in (as actor or target) and what it said. */
import { getJson } from "../lib/api.js";
import { h, replace } from "../lib/dom.js";
import { typeLabel } from "../lib/event-types.js";
import { actorHref, articleHref, eventHref, formatPlace, formatToll, hashOf } from "../lib/format.js";

export async function actorView(main, name) {
  const { actor, events, quotes } = await getJson(`/api/actors/${encodeURIComponent(name)}`);
  document.title = `${actor.name} · sitrep`;
  replace(
    main,
    h("nav", { class: "crumbs", "aria-label": "Breadcrumb" }, h("a", { href: "#/actors" }, "Actors"), " › ", actor.name),
    h("h1", { tabindex: "-1" }, actor.name),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "Kind"), h("dd", {}, actor.kind),
      h("dt", {}, "ACLED name"), h("dd", {}, actor.acledName ?? "—"),
      h("dt", {}, "Party type"), h("dd", {}, actor.partyType ?? "—"),
      h("dt", {}, "Country"), h("dd", {}, actor.country ?? "—"),
      h("dt", {}, "Events"), h("dd", {}, String(actor.eventCount), " ", h("a", { href: hashOf("", { actor: actor.name }) }, "on the map")),
      h("dt", {}, "Quotes"), h("dd", {}, String(actor.quoteCount)),
    ),
    h(
      "section",
      { "aria-labelledby": "actor-events-h" },
      h("h2", { id: "actor-events-h" }, `Events (${events.items.length}${events.next ? "+" : ""})`),
      events.items.length
        ? h(
            "table",
            { class: "simple" },
            h("thead", {}, h("tr", {}, ["Date", "Type", "Role", "Other party", "Place", "Killed"].map((c) => h("th", { scope: "col" }, c)))),
            h(
              "tbody",
              {},
              events.items.map((e) => {
                const asActor = e.actor.value?.name === actor.name;
                const other = asActor ? e.target.value : e.actor.value;
                return h(
                  "tr",
                  {},
                  h("td", { class: "nowrap" }, e.day ?? "—"),
                  h("td", {}, h("a", { href: eventHref(e.id) }, typeLabel(e.type.value))),
                  h("td", {}, asActor ? "actor" : "target"),
                  h("td", {}, other ? h("a", { href: actorHref(other.name) }, other.name) : "—"),
                  h("td", {}, formatPlace(e.place.value)),
                  h("td", { class: "num" }, formatToll(e.fatalities)),
                );
              }),
            ),
          )
        : h("p", { class: "muted" }, "No events."),
    ),
    h(
      "section",
      { "aria-labelledby": "actor-quotes-h" },
      h("h2", { id: "actor-quotes-h" }, `Quotes (${quotes.items.length}${quotes.next ? "+" : ""})`),
      quotes.items.length ? h("ul", { class: "quotes" }, quotes.items.map(quoteItem)) : h("p", { class: "muted" }, "No quotes."),
    ),
  );
}

export function quoteItem(q) {
  return h(
    "li",
    { class: "quote" },
    h("blockquote", {}, q.kind === "direct" ? `“${q.text}”` : q.text),
    h(
      "p",
      { class: "muted" },
      q.speaker ? h("a", { href: actorHref(q.speaker.name) }, q.speaker.name) : q.speakerText ?? "unknown speaker",
      q.affiliation ? ` (${q.affiliation})` : "",
      ` — ${q.kind}, `,
      h("a", { href: articleHref(q.articleId) }, q.source.outlet ?? q.articleId),
      q.date ? `, ${q.date}` : "",
    ),
  );
}
