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
      // Bulk reads (one call per attribute for the whole paragraph) are several times faster
      // than reading each token's attributes one by one.
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens();
      const values: string[] = tokens.out(its.value);
      const pos: string[] = tokens.out(its.pos);
      const lemmas: string[] = tokens.out(its.lemma);
      const normals: string[] = tokens.out(its.normal);
      const spans: [number, number][] = doc.sentences().out(its.span);
      return spans.map(([first, last]) => {
        const out: WinkToken[] = [];
        for (let i = first; i <= last; i++) out.push({ value: values[i]!, pos: pos[i]!, lemma: lemmas[i]!, normal: normals[i]! });
        return { tokens: out };
      });
    },
  };
}
