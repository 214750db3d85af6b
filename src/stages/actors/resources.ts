/** Loads what the actors stage reads (lexicons, models), once per process. STUB. */
export function loadActorsResources(): Record<string, unknown> {
  return {};
}
