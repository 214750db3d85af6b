import { createRequire } from "node:module";

/**
 * wink-nlp with its English lite model: sentences, tokens, part of speech and lemmas
 * (~240k tokens/s a core, measured in ../shared/design/STACK.md). Loaded once per process and
 * handed to stages through the context.
 */
const require = createRequire(import.meta.url);

export interface WinkToken {
  readonly value: string;
  readonly pos: string;
  readonly lemma: string;
  readonly normal: string;
}

export interface WinkSentence {
  readonly tokens: readonly WinkToken[];
}

export interface Segmenter {
  /** Sentences of one paragraph, each a list of tokens with their surface value. */
  segment(text: string): WinkSentence[];
}

export function loadWinkSegmenter(): Segmenter {
  const winkNLP = require("wink-nlp");
  const model = require("wink-eng-lite-web-model");
  const nlp = winkNLP(model, ["sbd", "pos"]);
  const its = nlp.its;
  return {
    segment(text: string): WinkSentence[] {
      const doc = nlp.readDoc(text);
      const out: WinkSentence[] = [];
      doc.sentences().each((s: any) => {
        const tokens: WinkToken[] = [];
        s.tokens().each((t: any) => {
          tokens.push({ value: t.out(its.value), pos: t.out(its.pos), lemma: t.out(its.lemma), normal: t.out(its.normal) });
        });
        out.push({ tokens });
      });
      return out;
    },
  };
}
