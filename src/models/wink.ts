import winkNLPPackage from "wink-nlp";
import { winkModelForSentencesAndTags } from "./wink-model.js";

/**
 * wink-nlp with its English lite model: sentences, tokens, part of speech and lemmas
 * (~240k tokens/s a core, measured in ../shared/design/STACK.md). Loaded once per process and
 * handed to stages through the context. wink-nlp is imported statically (pure JavaScript, loaded in
 * ~10 ms) so that the build can bundle its ~45 modules into the CLI's chunks (scripts/bundle-cli.js);
 * its model, the costly part, is still loaded on the first segmenter.
 */

export interface WinkToken {
  readonly value: string;
  readonly pos: string;
  readonly lemma: string;
  readonly normal: string;
}

export interface WinkSentence {
  readonly tokens: readonly WinkToken[];
}

/** wink's analysis of one text as parallel columns, one entry per wink token (line breaks included). */
export interface WinkColumns {
  readonly values: readonly string[];
  readonly pos: readonly string[];
  readonly lemmas: readonly string[];
  readonly normals: readonly string[];
  /** [first, last] token index of each sentence, inclusive. */
  readonly sentences: readonly (readonly [number, number])[];
}

export interface Segmenter {
  /** Sentences of one paragraph, each a list of tokens with their surface value. */
  segment(text: string): WinkSentence[];
  /** The same analysis without a per-token object: what the segment stage reads. */
  readColumns(text: string): WinkColumns;
  /** Whether wink's lexicon knows a lower-case word (the truecaser: an unknown word is taken for a name). */
  isKnownWord(lower: string): boolean;
}

let loaded: Segmenter | undefined;

/**
 * One wink instance per process: the model package's loader re-serialises a module-level JSON
 * string on every instantiation (measured: the fourth or fifth instance in one process fails with
 * "Invalid string length"), so a second instance is never made.
 */
export function loadWinkSegmenter(): Segmenter {
  loaded ??= createWinkSegmenter();
  return loaded;
}

function createWinkSegmenter(): Segmenter {
  // The model object is sitrep's own (wink-model.ts), which the package's types do not describe.
  const winkNLP = winkNLPPackage as unknown as (model: unknown, pipe: string[]) => any;
  // The package's model, loaded without its avoidable start-up work (wink-model.ts).
  const nlp = winkNLP(winkModelForSentencesAndTags(), ["sbd", "pos"]);
  const its = nlp.its;
  const readColumns = (text: string): WinkColumns => {
    // Bulk reads (one call per attribute for the whole paragraph) are several times faster
    // than reading each token's attributes one by one.
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    return {
      values: tokens.out(its.value),
      pos: tokens.out(its.pos),
      lemmas: tokens.out(its.lemma),
      normals: tokens.out(its.normal),
      sentences: doc.sentences().out(its.span),
    };
  };
  // A document of no text answers lexicon lookups: the one instance serves the truecaser too (a second wink instance
  // cost ~30 MB a worker and ~100 ms of start-up).
  let lexiconDoc: { isOOV(word: string): boolean } | undefined;
  return {
    readColumns,
    isKnownWord(lower: string): boolean {
      lexiconDoc ??= nlp.readDoc("");
      return !lexiconDoc!.isOOV(lower);
    },
    segment(text: string): WinkSentence[] {
      const { values, pos, lemmas, normals, sentences } = readColumns(text);
      return sentences.map(([first, last]) => {
        const out: WinkToken[] = [];
        for (let i = first; i <= last; i++) out.push({ value: values[i]!, pos: pos[i]!, lemma: lemmas[i]!, normal: normals[i]! });
        return { tokens: out };
      });
    },
  };
}
