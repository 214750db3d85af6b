/**
 * Rebuilds readable text from a corpus's tokens (WikiEvents and RAMS give tokens, not the article),
 * so sitrep runs on text shaped like the news it reads, and remembers each token's character span.
 * Sentences that end without a full stop (headlines, subtitles) become their own paragraphs;
 * others run on in one paragraph, as in the article.
 */
export interface DetokenisedText {
  readonly text: string;
  /** Character span of each token, in the order given (document token index). */
  readonly tokenSpans: readonly (readonly [number, number])[];
}

/** Tokens that attach to the word before them. */
const CLOSERS = new Set([".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "’s", "'", "’", "”", "n't", "'re", "'ve", "'ll", "'d", "'m", "...", "…"]);
/** Tokens that attach to the word after them. */
const OPENERS = new Set(["(", "[", "{", "$", "£", "€", "“", "‘", "#"]);
/** Joiners glued on both sides ("Deir ez-Zor", "pro-regime", "1/2"). */
const JOINERS = new Set(["-", "/", "–"]);
const SENTENCE_END = /[.!?…"”'’)\]]$/;

export function detokenise(sentences: readonly (readonly string[])[]): DetokenisedText {
  let text = "";
  const tokenSpans: [number, number][] = [];
  let openStraightQuote = false;
  sentences.forEach((tokens, si) => {
    if (si > 0) {
      const previous = sentences[si - 1]!;
      const last = previous[previous.length - 1] ?? "";
      text += SENTENCE_END.test(last) ? " " : "\n\n";
    }
    let glueNext = true;
    tokens.forEach((token, ti) => {
      const previous = ti > 0 ? tokens[ti - 1]! : "";
      // "'s", "n't" as one token, or split after the apostrophe ("regime ’ s side").
      const contraction = (ti > 0 && token.length <= 3 && /^['’][a-z]/i.test(token)) || ((previous === "’" || previous === "'") && /^(s|t|re|ve|ll|d|m)$/i.test(token));
      let glue = glueNext || CLOSERS.has(token) || JOINERS.has(token) || contraction;
      glueNext = OPENERS.has(token) || JOINERS.has(token);
      if (token === '"' || token === "``" || token === "''") {
        // Straight quotes open and close in turn: an opening one glues to the next word, a closing one to the previous.
        openStraightQuote = !openStraightQuote;
        if (openStraightQuote) glueNext = true;
        else glue = true;
      }
      if (!glue) text += " ";
      const start = text.length;
      text += token;
      tokenSpans.push([start, text.length]);
    });
    openStraightQuote = false;
  });
  return { text, tokenSpans };
}
