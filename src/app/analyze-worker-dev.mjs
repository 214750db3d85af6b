// The worker entry when sitrep runs from its TypeScript sources (tsx): a worker thread does not
// inherit the parent's loader, so this registers tsx in the thread and re-exports the real entry.
// The compiled build (dist/) loads analyze-worker.js directly and never uses this file.
import { tsImport } from "tsx/esm/api";

const entry = await tsImport("./analyze-worker.ts", import.meta.url);
export default entry.default;
