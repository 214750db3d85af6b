/** Letters that Unicode decomposition does not split into a base letter and a mark. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ł: "l", ø: "o", đ: "d", ß: "ss", æ: "ae", œ: "oe", ı: "i", ð: "d", þ: "th", ħ: "h",
};

/** Characters dropped from keys: apostrophes, periods, and combining marks. */
const DROPPED = new Set(["’", "'", "`", "‘", "ʼ", "ʻ", "."]);
/** Characters that separate words in keys. */
const SEPARATORS = new Set(["-", "‐", "‑", "–", "/", ",", " ", "\t", "\n", "\u00a0"]);

let foldTable: Map<string, string> | undefined;

/**
 * Each non-ASCII letter of the Latin blocks mapped to its lower-case base letters, built once:
 * decomposing 170k names one by one with String.normalize is several times slower.
 */
function latinFoldTable(): Map<string, string> {
  if (foldTable) return foldTable;
  const table = new Map<string, string>();
  const ranges: [number, number][] = [[0x80, 0x24f], [0x1e00, 0x1eff], [0x2bb, 0x2bc]];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCharCode(code);
      const lower = ch.toLowerCase();
      const base = SPECIAL_LETTERS[lower] ?? lower.normalize("NFD").replace(/\p{M}/gu, "");
      if (base !== ch) table.set(ch, base);
    }
  }
  return (foldTable = table);
}

/**
 * The lookup key of a place name: lower case, without diacritics, apostrophes, periods or hyphens,
 * with "Saint"/"Mount"/"Fort" shortened, so "Jalālābād", "St. Louis" and "Saint-Louis" meet their
 * spellings in news text.
 */
export function foldName(name: string): string {
  const lower = name.toLowerCase();
  // Most names are plain ASCII words: skip the character loop for them.
  const out = SIMPLE_NAME.test(lower) ? lower : foldCharacters(name);
  if (out.startsWith("saint ")) return `st ${out.slice(6)}`;
  if (out.startsWith("sainte ")) return `ste ${out.slice(7)}`;
  if (out.startsWith("mount ")) return `mt ${out.slice(6)}`;
  if (out.startsWith("fort ")) return `ft ${out.slice(5)}`;
  return out;
}

const SIMPLE_NAME = /^[a-z]+(?: [a-z]+)*$/;

function foldCharacters(name: string): string {
  const table = latinFoldTable();
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    const code = ch.charCodeAt(0);
    if (SEPARATORS.has(ch)) { pendingSpace = out.length > 0; continue; }
    if (DROPPED.has(ch) || (code >= 0x300 && code <= 0x36f)) continue;
    let piece: string;
    if (code < 0x80) piece = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
    else piece = table.get(ch) ?? ch.toLowerCase();
    if (pendingSpace) { out += " "; pendingSpace = false; }
    out += piece;
  }
  return out;
}

/**
 * A looser key for division names, which English news spells by ear from Somali, Arabic and other
 * transliterations: a run of one letter counts once ("Lower Shabeelle" and "Lower Shabelle",
 * "Hiiraan" and "Hiran", "Ta'izz" and "Taiz") and a word-final "ah" is "a" ("Sa'dah" and "Saada"
 * both give "sada"). Applied to a folded key (see foldName); one pass over the characters.
 */
export function looseKey(key: string): string {
  let out = "";
  for (let i = 0; i < key.length; i++) {
    const ch = key[i]!;
    if (ch === out[out.length - 1] && ch !== " ") continue;
    // "ah" closing a word: the h is silent in the English spellings ("Hodeida", "Saada").
    if (ch === "h" && out[out.length - 1] === "a" && (i + 1 === key.length || key[i + 1] === " ") && out.length >= 3) continue;
    out += ch;
  }
  return out;
}
