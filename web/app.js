/**
 * sitrep's web app: a router over the address's #fragment and one view per page. Every view builds
 * its page with DOM calls (lib/dom.js): article text is only ever inserted as text.
 */
import { parseHash, hashOf } from "./lib/format.js";
import { h, replace } from "./lib/dom.js";
import { eventsView } from "./views/events-view.js";
import { eventView } from "./views/event-view.js";
import { articleView } from "./views/article-view.js";
import { actorView } from "./views/actor-view.js";
import { reportView } from "./views/report-view.js";
import { actorsView, articlesView, quotesView, searchView } from "./views/list-views.js";

const main = document.getElementById("main");
let current = null;

const ROUTES = {
  "": (params) => eventsView(main, params),
  event: (params, id) => eventView(main, id),
  article: (params, id) => articleView(main, id, params),
  articles: (params) => articlesView(main, params),
  actors: (params) => actorsView(main, params),
  actor: (params, name) => actorView(main, name),
  quotes: (params) => quotesView(main, params),
  report: (params) => reportView(main, params),
  search: (params) => searchView(main, params),
};

const NAV = { "": "events", event: "events", article: "articles", articles: "articles", actors: "actors", actor: "actors", quotes: "quotes", report: "report", search: null };

async function route() {
  const { parts, params } = parseHash(location.hash);
  const [name = "", arg] = parts;
  const view = ROUTES[name];
  for (const a of document.querySelectorAll("[data-nav]")) {
    if (a.dataset.nav === NAV[name]) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  if (!view) {
    replace(main, h("h1", { tabindex: "-1" }, "Not found"), h("p", {}, h("a", { href: "#/" }, "Back to the events")));
    return;
  }
  // The events page keeps its map when only the filters change.
  if (name === "" && current?.name === "" && current.view?.update) {
    current.view.update(params);
    return;
  }
  document.body.dataset.page = name || "events";
  main.setAttribute("aria-busy", "true");
  try {
    const result = await view(params, arg);
    current = { name, view: result };
    if (name !== "") main.querySelector("h1")?.focus({ preventScroll: false });
  } catch (e) {
    current = null;
    replace(main, h("h1", { tabindex: "-1" }, "Could not load this page"), h("div", { class: "error", role: "alert" }, h("strong", {}, e.code ?? "Error"), ": ", e.message ?? String(e)), h("p", {}, h("a", { href: "#/" }, "Back to the events")));
  } finally {
    main.removeAttribute("aria-busy");
  }
}

document.getElementById("site-search").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const q = new FormData(ev.target).get("q");
  if (q) location.hash = hashOf("search", { q });
});

window.addEventListener("hashchange", route);
route();
