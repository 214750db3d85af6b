/**
 * Entity labels of the tagger. The model predicts BILOU labels (Begin, Inside, Last, Unit,
 * Outside), which Ratinov & Roth (2009) found better than IOB2 for greedy decoding; the corpus
 * and the scorer use IOB2, so both conversions live here.
 */
export const ENTITY_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type ConllType = (typeof ENTITY_TYPES)[number];

/** Label index 0 is O; then B, I, L, U for each entity type in ENTITY_TYPES order. */
export const LABELS: readonly string[] = ["O", ...ENTITY_TYPES.flatMap((t) => ["B", "I", "L", "U"].map((p) => `${p}-${t}`))];
export const LABEL_COUNT = LABELS.length;
const LABEL_INDEX = new Map(LABELS.map((l, i) => [l, i]));

export interface TypedSpan {
  /** Token index of the first token. */
  readonly start: number;
  /** Token index after the last token. */
  readonly end: number;
  readonly type: string;
}

export function labelIndex(label: string): number {
  const i = LABEL_INDEX.get(label);
  if (i === undefined) throw new Error(`unknown label ${label}`);
  return i;
}

/** The prefix (B, I, L, U or O) of a label index. */
export function labelPrefix(index: number): string {
  return index === 0 ? "O" : "BILU"[(index - 1) % 4]!;
}

/** The entity type of a label index, or "" for O. */
export function labelType(index: number): string {
  return index === 0 ? "" : ENTITY_TYPES[Math.floor((index - 1) / 4)]!;
}

/** Spans from IOB2 (or IOB1) tags; an I- tag with a new type starts a new span, as conlleval does. */
export function spansFromIob(tags: readonly string[]): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let start = -1;
  let type = "";
  const close = (end: number) => {
    if (start >= 0) spans.push({ start, end, type });
    start = -1;
    type = "";
  };
  tags.forEach((tag, i) => {
    if (tag === "O" || tag === "" || tag.length < 3) {
      close(i);
      return;
    }
    const prefix = tag[0]!;
    const t = tag.slice(2);
    if (prefix === "B" || prefix === "U" || prefix === "S" || t !== type || start < 0) {
      close(i);
      start = i;
      type = t;
    }
    if (prefix === "L" || prefix === "E" || prefix === "U" || prefix === "S") close(i + 1);
  });
  close(tags.length);
  return spans;
}

/** IOB2 tags from spans over `length` tokens. */
export function iobFromSpans(spans: readonly TypedSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill("O");
  for (const s of spans) for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? "B" : "I"}-${s.type}`;
  return tags;
}

/** BILOU label indices from spans over `length` tokens. */
export function bilouFromSpans(spans: readonly TypedSpan[], length: number): Int32Array {
  const out = new Int32Array(length);
  for (const s of spans) {
    const base = 1 + 4 * ENTITY_TYPES.indexOf(s.type as ConllType);
    if (base < 1) continue;
    if (s.end - s.start === 1) {
      out[s.start] = base + 3;
      continue;
    }
    for (let i = s.start; i < s.end; i++) out[i] = base + (i === s.start ? 0 : i === s.end - 1 ? 2 : 1);
  }
  return out;
}

/**
 * Spans from a BILOU label sequence, repairing what a greedy tagger can emit: a run that
 * never reaches its L still ends where the type changes or an O follows.
 */
export function spansFromBilou(labels: ArrayLike<number>): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let start = -1;
  let type = "";
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const p = labelPrefix(l);
    const t = labelType(l);
    if (p === "O") {
      if (start >= 0) spans.push({ start, end: i, type });
      start = -1;
      continue;
    }
    if (p === "B" || p === "U" || start < 0 || t !== type) {
      if (start >= 0) spans.push({ start, end: i, type });
      start = i;
      type = t;
    }
    if (p === "L" || p === "U") {
      spans.push({ start, end: i + 1, type });
      start = -1;
    }
  }
  if (start >= 0) spans.push({ start, end: labels.length, type });
  return spans;
}

/**
 * Whether label `next` may follow label `prev` in a well-formed BILOU sequence
 * (prev = -1 at the start of a sentence).
 */
export function isAllowedTransition(prev: number, next: number): boolean {
  const pp = prev < 0 ? "O" : labelPrefix(prev);
  const np = labelPrefix(next);
  const open = pp === "B" || pp === "I";
  if (open) return (np === "I" || np === "L") && labelType(prev) === labelType(next);
  return np === "O" || np === "B" || np === "U";
}
