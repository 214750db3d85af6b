/** The exports of the corpus: pure streaming functions from records to text (docs/exports.md). */
export { acledCsv, acledRecord, ACLED_COLUMNS, SITREP_COLUMNS, EVENT_CSV_COLUMNS, notesOf } from "./acled-csv.js";
export { ploverJsonl, ploverRecord, type PloverEvent } from "./plover-jsonl.js";
export { geojsonCollection, geojsonFeature, type GeoJsonFeature } from "./geojson.js";
export { quotesCsv, quoteRow, QUOTE_CSV_COLUMNS } from "./quotes-csv.js";
export { actorsCsv, actorsJsonl, actorRecord, ACTOR_CSV_COLUMNS } from "./actors-export.js";
export { jsonLines } from "./json-lines.js";
export { csvCell, csvRow, csvLines, UTF8_BOM } from "./csv.js";
export { writeChunks, type WriteOutcome } from "./write-chunks.js";
export { exportTables, loadExportTables, type ExportTables, type Country } from "./export-tables.js";
