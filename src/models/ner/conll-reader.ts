import { SitrepError } from "../../core/errors.js";

/**
 * Reads the two CoNLL-2003 layouts found in the evaluation data:
 * - column files (`token POS chunk TAG`, blank line between sentences, -DOCSTART- between documents);
 * - one sentence a line, `token###TAG`, with no document markers.
 * Each sentence keeps its original lines so predictions can be written back beside them.
 */
export interface ConllSentence {
  readonly tokens: string[];
  readonly tags: string[];
  /** The input lines of the sentence, one per token (column layout) or one in all (### layout). */
  readonly lines: string[];
}

export interface ConllDocument {
  readonly sentences: ConllSentence[];
}

export type ConllLayout = "columns" | "hash";

/** A dateline such as "BRUSSELS 1996-08-22" opens a Reuters story, one line after its headline. */
const DATELINE_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DATELINE_TOKENS = 6;
/** O, or an IOB/BILOU prefix and a type: "B-PER", "I-MISC", "S-LOC". */
const TAG = /^(O|[BIELSU]-[A-Za-z_]+)$/;

export function detectConllLayout(text: string): ConllLayout {
  const first = text.split("\n", 20).find((l) => l.trim() !== "" && !l.startsWith("-DOCSTART-"));
  if (first === undefined) throw new SitrepError("EVAL_FORMAT", "no sentence found");
  if (first.includes("###")) return "hash";
  if (first.trim().split(/\s+/).length >= 2) return "columns";
  throw new SitrepError("EVAL_FORMAT", `cannot tell the CoNLL layout from "${first.slice(0, 60)}"`);
}

export function parseConll(text: string): { layout: ConllLayout; documents: ConllDocument[] } {
  const layout = detectConllLayout(text);
  return { layout, documents: layout === "hash" ? parseHashLayout(text) : parseColumnLayout(text) };
}

function parseColumnLayout(text: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let doc: ConllSentence[] = [];
  let sentence: ConllSentence = { tokens: [], tags: [], lines: [] };
  const endSentence = () => {
    if (sentence.tokens.length > 0) doc.push(sentence);
    sentence = { tokens: [], tags: [], lines: [] };
  };
  const endDocument = () => {
    endSentence();
    if (doc.length > 0) documents.push({ sentences: doc });
    doc = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") {
      endSentence();
      continue;
    }
    if (line.startsWith("-DOCSTART-")) {
      endDocument();
      continue;
    }
    const cols = line.trim().split(/\s+/);
    const tag = cols[cols.length - 1]!;
    if (cols.length < 2 || !TAG.test(tag)) throw new SitrepError("EVAL_FORMAT", `expected "token ... TAG" columns with an IOB tag, got "${line.slice(0, 60)}"`);
    sentence.tokens.push(cols[0]!);
    sentence.tags.push(tag);
    sentence.lines.push(line);
  }
  endDocument();
  return documents;
}

function parseHashLayout(text: string): ConllDocument[] {
  const sentences: ConllSentence[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") continue;
    const tokens: string[] = [];
    const tags: string[] = [];
    for (const item of line.trim().split(/\s+/)) {
      const cut = item.lastIndexOf("###");
      if (cut <= 0 || !TAG.test(item.slice(cut + 3))) throw new SitrepError("EVAL_FORMAT", `expected token###TAG with an IOB tag, got "${item.slice(0, 60)}"`);
      tokens.push(item.slice(0, cut));
      tags.push(item.slice(cut + 3));
    }
    sentences.push({ tokens, tags, lines: [line] });
  }
  return splitAtDatelines(sentences);
}

/** Without document markers, a story starts at the headline just before each dateline. */
function splitAtDatelines(sentences: ConllSentence[]): ConllDocument[] {
  const starts = new Set<number>([0]);
  sentences.forEach((s, i) => {
    const last = s.tokens[s.tokens.length - 1]!;
    if (s.tokens.length <= MAX_DATELINE_TOKENS && DATELINE_DATE.test(last) && i > 0) starts.add(i - 1);
  });
  const documents: ConllDocument[] = [];
  let current: ConllSentence[] = [];
  sentences.forEach((s, i) => {
    if (starts.has(i) && current.length > 0) {
      documents.push({ sentences: current });
      current = [];
    }
    current.push(s);
  });
  if (current.length > 0) documents.push({ sentences: current });
  return documents;
}
