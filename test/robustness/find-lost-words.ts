import type { Document } from "../../src/core/index.js";
import { repairMojibake } from "../../src/stages/clean/repair-mojibake.js";

const WORD = /[\p{L}\p{N}]+/gu;
/** Characters the clean stage deletes as invisible (zero-width space, BOM, C0/C1 controls): they join, not split, words. */
const INVISIBLE = /[\u200b\ufeff\u0000-\u0008\u000e-\u001f\u007f-\u009f]/gu;

export interface WordAccount {
  /** Words of the raw input found neither in the cleaned text nor in any removed line. */
  readonly lost: readonly string[];
  /** Words of the cleaned text that the raw input does not have. */
  readonly added: readonly string[];
  readonly rawWords: number;
}

/**
 * The data-loss check: every word of the raw input must still be somewhere, in the cleaned text or
 * in a removed line (with its reason), and the cleaned text must not gain words. Words are compared
 * as multisets, after the same mojibake repair the clean stage applies ("â€™" is one character
 * once repaired, not a lost word) and with the invisible characters it deletes taken out.
 */
export function findLostWords(raw: string, doc: Pick<Document, "text" | "removed">, alsoRemoved: readonly { text: string }[] = []): WordAccount {
  const rawCounts = countWords(repairMojibake(raw.replace(INVISIBLE, "")));
  const kept = countWords(doc.text);
  const removed = countWords([...doc.removed, ...alsoRemoved].map((r) => r.text).join("\n"));
  const lost: string[] = [];
  const added: string[] = [];
  let rawWords = 0;
  for (const [word, count] of rawCounts) {
    rawWords += count;
    const missing = count - (kept.get(word) ?? 0) - (removed.get(word) ?? 0);
    for (let i = 0; i < missing; i++) lost.push(word);
  }
  for (const [word, count] of kept) {
    const extra = count - (rawCounts.get(word) ?? 0);
    for (let i = 0; i < extra; i++) added.push(word);
  }
  return { lost, added, rawWords };
}

export function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.normalize("NFC").matchAll(WORD)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}
