import type { Resolution } from "./resolution.js";

/**
 * The country an article is mostly about: the one whose names, demonyms, sector actors and capital
 * are mentioned most, earliest first on a tie. "The army" and "the government" with no country
 * named belong to it.
 */
export function findFocusCountry(res: Resolution): string | null {
  const counts = new Map<string, { n: number; first: number }>();
  const count = (iso2: string | null | undefined, at: number) => {
    if (!iso2) return;
    const c = counts.get(iso2);
    if (c) c.n++;
    else counts.set(iso2, { n: 1, first: at });
  };
  for (const n of res.named) {
    if (n.entry && (n.entry.kind === "country" || n.entry.id.startsWith("people:") || /^(gov|mil|police):/.test(n.entry.id))) count(n.entry.country, n.start);
    else if (n.kind === "place") count(res.dict.capitals.get(n.text.toLowerCase()), n.start);
  }
  // Capitals the entity layer did not mark ("in Kabul" with no entity model).
  const toks = res.view.toks;
  for (let i = 0; i < toks.length; i++) {
    if (res.namedAt[i] || !toks[i]!.capitalised) continue;
    for (let len = 3; len >= 1; len--) {
      const last = toks[i + len - 1];
      if (!last || last.sentence !== toks[i]!.sentence) continue;
      const iso2 = res.dict.capitals.get(res.view.text.slice(toks[i]!.start, last.end).toLowerCase());
      if (iso2) {
        count(iso2, toks[i]!.start);
        i += len - 1;
        break;
      }
    }
  }
  let best: string | null = null;
  let bestN = 0;
  let bestFirst = Infinity;
  for (const [iso2, c] of counts) {
    if (c.n > bestN || (c.n === bestN && c.first < bestFirst)) {
      best = iso2;
      bestN = c.n;
      bestFirst = c.first;
    }
  }
  return best;
}
