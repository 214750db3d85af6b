/** Loads what the places stage reads (lexicons, models), once per process. STUB. */
export function loadPlacesResources(): Record<string, unknown> {
  return {};
}
