/** Loads what the events stage reads (lexicons, models), once per process. STUB. */
export function loadEventsResources(): Record<string, unknown> {
  return {};
}
