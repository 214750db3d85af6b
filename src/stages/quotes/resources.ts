/** Loads what the quotes stage reads (lexicons, models), once per process. STUB. */
export function loadQuotesResources(): Record<string, unknown> {
  return {};
}
