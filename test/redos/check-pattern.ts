import { checkSync } from "recheck";

export interface PatternVerdict {
  readonly status: "safe" | "vulnerable" | "unknown";
  /** For a vulnerable pattern: its complexity and recheck's attack string. */
  readonly detail: string;
}

/**
 * recheck's fuzzer stops its phases on wall-clock timeouts by default, so on a busy machine the same
 * pattern could get another verdict. Every timeout is switched off: the phases are bounded by their
 * step limits alone (characters read by recheck's VM) and the seed is fixed, so a verdict depends on
 * the pattern only.
 */
const DETERMINISTIC = { timeout: null, incubationTimeout: null, seedingTimeout: null, attackTimeout: null, randomSeed: 0 } as const;

/**
 * recheck's verdict on one pattern: "vulnerable" covers both exponential and polynomial
 * (super-linear) backtracking, both of which sitrep's rules forbid for a regex that reads input.
 */
export function checkPattern(source: string, flags: string): PatternVerdict {
  const result = checkSync(source, flags, DETERMINISTIC);
  if (result.status === "vulnerable") {
    const complexity = result.complexity.type === "polynomial" ? `O(n^${result.complexity.degree})` : "exponential";
    return { status: "vulnerable", detail: `${complexity}, attack ${result.attack.pattern}` };
  }
  if (result.status === "unknown") return { status: "unknown", detail: result.error.kind };
  return { status: "safe", detail: "" };
}
