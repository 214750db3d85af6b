/**
 * Normalisers for comparing MUC key strings with sitrep's output: upper case, no punctuation,
 * no leading articles, quantifiers or numbers (the MUC guidelines call these nonessential modifiers),
 * and a head noun for noun phrases.
 */

const NONESSENTIAL = new Set([
  "THE", "A", "AN", "SOME", "SEVERAL", "MANY", "ALL", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT",
  "NINE", "TEN", "DOZENS", "HUNDREDS", "ITS", "THEIR", "HIS", "HER", "THIS", "THESE", "THOSE", "THAT", "OTHER",
]);

/** Words that end a noun phrase's premodifiers: the head noun is the last word before them. */
const POSTMODIFIER_START = new Set(["OF", "IN", "FROM", "AT", "ON", "WHO", "WHICH", "THAT", "WITH", "FOR", "NEAR", "BY", "TO", "AND"]);

/**
 * Head nouns too general to identify a perpetrator or target on their own ("FMLN FORCES" is not the
 * "AIR FORCE", "MEMBERS OF X" is not "MEMBERS OF Y"): with these heads the phrases must contain one another.
 */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  "FORCE", "MEMBER", "GROUP", "UNIT", "FRONT", "MOVEMENT", "PARTY", "ORGANIZATION", "ORGANISATION", "PEOPLE", "PERSON",
  "MAN", "MEN", "INDIVIDUAL", "OFFICIAL", "LEADER", "OFFICE", "HOUSE", "BUILDING", "FACILITY", "INSTALLATION", "SECTOR",
]);

/** Upper-cases, drops bracketed glosses ("[MNR]"), punctuation and nonessential leading words. */
export function normaliseWords(s: string): string[] {
  const words = s
    .toUpperCase()
    .replace(/\[[^[\]]*\]/g, " ")
    .replace(/'S\b/g, "")
    .replace(/[^A-Z0-9ÁÉÍÓÚÑÜ]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  let i = 0;
  while (i < words.length - 1 && (NONESSENTIAL.has(words[i]!) || /^\d+$/.test(words[i]!))) i++;
  return words.slice(i);
}

/** A crude singular: MEMBERS → MEMBER, PRIESTS → PRIEST, BUSES → BUS; short words kept. */
export function singular(w: string): string {
  if (w.length <= 3) return w;
  if (/IES$/.test(w)) return `${w.slice(0, -3)}Y`;
  if (/(SS|US|IS)$/.test(w)) return w;
  if (/(SES|XES|CHES|SHES)$/.test(w)) return w.slice(0, -2);
  if (/S$/.test(w)) return w.slice(0, -1);
  return w;
}

/** The head noun of a noun phrase: the last word before the first postmodifier ("MEMBERS OF THE FMLN" → MEMBER). */
export function headNoun(s: string): string | null {
  const words = normaliseWords(s);
  const cut = words.findIndex((w, i) => i > 0 && POSTMODIFIER_START.has(w));
  const pre = cut < 0 ? words : words.slice(0, cut);
  const last = pre[pre.length - 1];
  return last ? singular(last) : null;
}

/** True when the words of `inner` occur consecutively in `outer` (whole words, singularised). */
export function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  const o = outer.map(singular), n = inner.map(singular);
  for (let i = 0; i + n.length <= o.length; i++) {
    if (n.every((w, j) => o[i + j] === w)) return true;
  }
  return false;
}
