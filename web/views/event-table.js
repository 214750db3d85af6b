/**
 * The event table: the events on screen, sortable by any column (click or Enter on its header),
 * narrowed by a quick text filter, a page of rows at a time.
 */
import { h, replace } from "../lib/dom.js";
import { typeColor, typeLabel } from "../lib/event-types.js";
import { eventHref } from "../lib/format.js";

const PAGE_ROWS = 100;

const COLUMNS = [
  { key: "day", label: "Date", value: (e) => e.day ?? "" },
  { key: "type", label: "Type", value: (e) => typeLabel(e.type) },
  { key: "place", label: "Place", value: (e) => [e.place, e.country].filter(Boolean).join(", ") },
  { key: "actor", label: "Actor", value: (e) => e.actor ?? "" },
  { key: "target", label: "Target", value: (e) => e.target ?? "" },
  { key: "fatalities", label: "Killed", numeric: true, value: (e) => e.fatalities ?? -1 },
  { key: "sourceCount", label: "Sources", numeric: true, value: (e) => e.sourceCount },
  { key: "evidence", label: "Evidence", value: (e) => e.evidence },
];

export function createEventTable(container) {
  let events = [];
  let sort = { key: "day", dir: -1 };
  let text = "";
  let shown = PAGE_ROWS;
  const filterInput = h("input", { id: "table-filter", type: "search", placeholder: "words in any column", autocomplete: "off" });
  filterInput.addEventListener("input", () => {
    text = filterInput.value.trim().toLowerCase();
    shown = PAGE_ROWS;
    render();
  });
  const body = h("div", { class: "table-body" });
  const status = h("p", { class: "muted", role: "status", "aria-live": "polite" });
  replace(container, h("div", { class: "table-tools" }, h("label", { for: "table-filter" }, "Filter rows"), filterInput, status), body);

  function rows() {
    const col = COLUMNS.find((c) => c.key === sort.key);
    const filtered = text ? events.filter((e) => COLUMNS.some((c) => String(c.value(e)).toLowerCase().includes(text))) : events;
    return [...filtered].sort((a, b) => {
      const x = col.value(a);
      const y = col.value(b);
      return (col.numeric ? x - y : String(x).localeCompare(String(y))) * sort.dir || a.id.localeCompare(b.id);
    });
  }

  function header(col) {
    const active = sort.key === col.key;
    const button = h("button", { type: "button", class: "sort", onClick: () => {
      sort = active ? { key: col.key, dir: -sort.dir } : { key: col.key, dir: col.numeric || col.key === "day" ? -1 : 1 };
      render();
      body.querySelector(`button[data-col="${col.key}"]`)?.focus();
    }, dataset: { col: col.key } }, col.label, active ? (sort.dir < 0 ? " ▼" : " ▲") : "");
    return h("th", { scope: "col", "aria-sort": active ? (sort.dir < 0 ? "descending" : "ascending") : "none", class: col.numeric ? "num" : null }, button);
  }

  function row(e) {
    const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
    swatch.style.background = typeColor(e.type);
    return h(
      "tr",
      {},
      h("td", { class: "nowrap" }, e.day ?? "—"),
      h("td", { class: "nowrap" }, swatch, h("a", { href: eventHref(e.id) }, typeLabel(e.type)), e.modality !== "asserted" ? h("span", { class: "badge" }, e.modality) : null),
      h("td", {}, [e.place, e.country].filter(Boolean).join(", ") || "—"),
      h("td", {}, e.actor ?? "—"),
      h("td", {}, e.target ?? "—"),
      h("td", { class: "num" }, e.fatalities === null ? "—" : String(e.fatalities), e.conflict && e.fatalitiesMax !== e.fatalities && e.fatalitiesMax !== null ? h("span", { class: "muted" }, `–${e.fatalitiesMax}`) : null),
      h("td", { class: "num" }, String(e.sourceCount), e.conflict ? h("span", { class: "badge conflict", title: "sources disagree" }, "conflict") : null),
      h("td", { class: "evidence-cell" }, e.evidence),
    );
  }

  function render() {
    const all = rows();
    const visible = all.slice(0, shown);
    status.textContent = `${all.length.toLocaleString("en")} events${text ? " match" : ""}${all.length > shown ? `, showing ${shown}` : ""}`;
    replace(
      body,
      h("table", { class: "events-table" }, h("caption", { class: "visually-hidden" }, "Events; column headers sort"), h("thead", {}, h("tr", {}, COLUMNS.map(header))), h("tbody", {}, visible.map(row))),
      all.length > shown ? h("button", { type: "button", class: "more", onClick: () => { shown += PAGE_ROWS; render(); } }, `Show ${Math.min(PAGE_ROWS, all.length - shown)} more`) : null,
    );
  }

  return {
    setEvents(list) {
      events = list;
      shown = PAGE_ROWS;
      render();
    },
  };
}
