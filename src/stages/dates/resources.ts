/** Loads what the dates stage reads (lexicons, models), once per process. STUB. */
export function loadDatesResources(): Record<string, unknown> {
  return {};
}
