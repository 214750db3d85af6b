/**
 * Every regex that sitrep builds at run time (from a lexicon row, a word list or a tunable) is
 * compiled here and nowhere else, so that the ReDoS check (test/redos) can see each one exactly as
 * it was built: the check loads every stage, then asks `compiledPatterns()` for what was compiled.
 * Literal regexes in the source are checked by parsing the source instead.
 */
export interface CompiledPattern {
  readonly source: string;
  readonly flags: string;
  /** Where it came from ("data/lexicons/clean/boilerplate.tsv byline.by-names", "dates: trigger"), for the report. */
  readonly origin: string;
}

const compiled = new Map<string, CompiledPattern>();

/** `new RegExp(source, flags)`, remembered (once per distinct source and flags) for the ReDoS check. */
export function compilePattern(source: string, flags: string, origin: string): RegExp {
  const pattern = new RegExp(source, flags);
  const key = `${flags}\u0000${source}`;
  if (!compiled.has(key)) compiled.set(key, { source, flags, origin });
  return pattern;
}

/** The distinct patterns compiled so far in this process. */
export function compiledPatterns(): readonly CompiledPattern[] {
  return [...compiled.values()];
}
