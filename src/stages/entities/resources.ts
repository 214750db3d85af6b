/** Loads what the entities stage reads (lexicons, models), once per process. STUB. */
export function loadEntitiesResources(): Record<string, unknown> {
  return {};
}
