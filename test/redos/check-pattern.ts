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
  const result = checkWithRetry(source, flags);
  if (result.status === "vulnerable") {
    const complexity = result.complexity.type === "polynomial" ? `O(n^${result.complexity.degree})` : "exponential";
    return { status: "vulnerable", detail: `${complexity}, attack ${result.attack.pattern}` };
  }
  if (result.status === "unknown") return { status: "unknown", detail: result.error.kind };
  return { status: "safe", detail: "" };
}

/** Tries of one check when recheck's worker channel fails (below). */
const CHANNEL_TRIES = 3;

/**
 * recheck runs its checker in a worker thread through synckit, whose channel on a loaded machine now and then wakes
 * with no message and throws a TypeError ("reading 'message'"; un-ts/synckit issue #185). That is the channel, not
 * the pattern: the verdict is deterministic (DETERMINISTIC above), so the check is tried again; any other error, or
 * the same one three times, is thrown.
 */
function checkWithRetry(source: string, flags: string): ReturnType<typeof checkSync> {
  for (let attempt = 1; ; attempt++) {
    try {
      return checkSync(source, flags, DETERMINISTIC);
    } catch (error) {
      const channelFault = error instanceof TypeError && /reading 'message'/.test(error.message);
      if (!channelFault || attempt >= CHANNEL_TRIES) throw error;
    }
  }
}

