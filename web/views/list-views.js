/** The plain lists: articles (with the form to submit one), actors, quotes and search results. */
import { ApiError, getJson, postJson } from "../lib/api.js";
import { h, replace } from "../lib/dom.js";
import { actorHref, articleHref, hashOf, plural } from "../lib/format.js";
import { quoteItem } from "./actor-view.js";

function pager(next, params, path) {
  return next ? h("p", {}, h("a", { href: hashOf(path, { ...Object.fromEntries(params), cursor: next }) }, "Next page")) : null;
}

export async function articlesView(main, params) {
  document.title = "Articles · sitrep";
  const page = await getJson("/api/articles", { limit: 50, cursor: params.get("cursor") });
  const status = h("p", { role: "status", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "submit-form", "aria-labelledby": "submit-h" },
    h("h2", { id: "submit-h" }, "Analyse an article"),
    h("div", { class: "field" }, h("label", { for: "s-title" }, "Title"), h("input", { id: "s-title", name: "title", type: "text" })),
    h("div", { class: "field" }, h("label", { for: "s-published" }, "Published"), h("input", { id: "s-published", name: "published", type: "date" })),
    h("div", { class: "field" }, h("label", { for: "s-url" }, "URL to fetch (or paste the text below)"), h("input", { id: "s-url", name: "url", type: "url" })),
    h("div", { class: "field" }, h("label", { for: "s-text" }, "Text"), h("textarea", { id: "s-text", name: "text", rows: "8" })),
    h("div", { class: "field" }, h("label", { for: "s-token" }, "Token (only if the server asks for one)"), h("input", { id: "s-token", name: "token", type: "password", autocomplete: "off" })),
    h("button", { type: "submit" }, "Analyse and save"),
    status,
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const body = {};
    for (const k of ["title", "published", "url", "text"]) {
      const v = String(data.get(k) ?? "").trim();
      if (v) body[k] = v;
    }
    if (body.url && body.text) delete body.url;
    status.textContent = "Analysing…";
    try {
      const result = await postJson("/api/articles", body, String(data.get("token") ?? ""));
      status.textContent = result.status === "added" ? "Saved." : "This text was already in the store.";
      location.hash = articleHref(result.articleId);
    } catch (e) {
      status.textContent = e instanceof ApiError ? `${e.code}: ${e.message}` : String(e);
    }
  });
  replace(
    main,
    h("h1", { tabindex: "-1" }, "Articles"),
    h("div", { class: "two-col" },
      h(
        "section",
        { "aria-label": "Stored articles" },
        h(
          "table",
          { class: "simple" },
          h("thead", {}, h("tr", {}, ["Title", "Outlet", "Published", "Events", "Quotes"].map((c) => h("th", { scope: "col" }, c)))),
          h(
            "tbody",
            {},
            page.items.map((a) =>
              h(
                "tr",
                {},
                h("td", {}, h("a", { href: articleHref(a.id) }, a.title ?? a.id), a.duplicateOf ? h("span", { class: "badge" }, "near-duplicate") : null),
                h("td", {}, a.outlet ?? "—"),
                h("td", { class: "nowrap" }, a.published ?? "—"),
                h("td", { class: "num" }, String(a.eventCount)),
                h("td", { class: "num" }, String(a.quoteCount)),
              ),
            ),
          ),
        ),
        pager(page.next, params, "articles"),
      ),
      form,
    ),
  );
}

export async function actorsView(main, params) {
  document.title = "Actors · sitrep";
  const q = params.get("q") ?? "";
  const page = await getJson("/api/actors", { q, limit: 100, cursor: params.get("cursor") });
  const form = h("form", { class: "inline-form", role: "search" }, h("label", { for: "a-q" }, "Name"), h("input", { id: "a-q", name: "q", type: "search", value: q }), h("button", { type: "submit" }, "Find"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = hashOf("actors", { q: new FormData(form).get("q") });
  });
  replace(
    main,
    h("h1", { tabindex: "-1" }, "Actors"),
    form,
    h(
      "table",
      { class: "simple" },
      h("thead", {}, h("tr", {}, ["Name", "Kind", "Country", "ACLED name", "Events", "Quotes"].map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, page.items.map((a) => h("tr", {}, h("td", {}, h("a", { href: actorHref(a.name) }, a.name)), h("td", {}, a.kind), h("td", {}, a.country ?? "—"), h("td", {}, a.acledName ?? "—"), h("td", { class: "num" }, String(a.eventCount)), h("td", { class: "num" }, String(a.quoteCount))))),
    ),
    pager(page.next, params, "actors"),
  );
}

export async function quotesView(main, params) {
  document.title = "Quotes · sitrep";
  const speaker = params.get("speaker") ?? "";
  const q = params.get("q") ?? "";
  const page = await getJson("/api/quotes", { speaker, q, limit: 100, cursor: params.get("cursor") });
  const form = h(
    "form",
    { class: "inline-form", role: "search" },
    h("label", { for: "qs-speaker" }, "Speaker"), h("input", { id: "qs-speaker", name: "speaker", type: "search", value: speaker }),
    h("label", { for: "qs-q" }, "Words"), h("input", { id: "qs-q", name: "q", type: "search", value: q }),
    h("button", { type: "submit" }, "Find"),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    location.hash = hashOf("quotes", { speaker: data.get("speaker"), q: data.get("q") });
  });
  replace(main, h("h1", { tabindex: "-1" }, "Quotes"), form, h("p", { class: "muted" }, plural(page.items.length, "quote") + (page.next ? " (more on the next page)" : "")), h("ul", { class: "quotes" }, page.items.map(quoteItem)), pager(page.next, params, "quotes"));
}

export async function searchView(main, params) {
  const q = params.get("q") ?? "";
  document.title = `Search: ${q} · sitrep`;
  const page = q ? await getJson("/api/search", { q, limit: 50, cursor: params.get("cursor") }) : { items: [], next: null };
  replace(
    main,
    h("h1", { tabindex: "-1" }, `Search: ${q}`),
    page.items.length
      ? h("ol", { class: "hits" }, page.items.map((hit) => h("li", {}, h("a", { href: articleHref(hit.articleId) }, hit.title ?? hit.articleId), hit.published ? h("span", { class: "muted" }, ` ${hit.published}`) : null, h("p", { class: "snippet" }, hit.snippet))))
      : h("p", {}, "No article matches."),
    pager(page.next, params, "search"),
  );
}
