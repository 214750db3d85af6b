import type { Span } from "./span.js";

/**
 * The text of each token, sliced once per document and shared by the stages that read token
 * surfaces (entities, actors, places, quotes): each used to slice every token again, some of them
 * (find-toponyms' word(i)) at every look, a new string each time. Remembered per token array (a
 * document's token layer is one frozen array for all the stages after the segmenter) and checked
 * against the text, so a token list of another text never reads another text's words.
 */
const memo = new WeakMap<readonly Span[], { readonly text: string; readonly words: readonly string[] }>();

export function tokenTexts(text: string, tokens: readonly Span[]): readonly string[] {
  const found = memo.get(tokens);
  if (found && found.text === text) return found.words;
  const words: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) words[i] = text.slice(tokens[i]!.start, tokens[i]!.end);
  memo.set(tokens, { text, words });
  return words;
}

const lowerMemo = new WeakMap<readonly Span[], { readonly text: string; readonly words: readonly string[] }>();

/**
 * The text of each token lower-cased (tokenTexts' words, `toLowerCase()`), made once per document for
 * the stages that read tokens in lower case (actors' token view, quotes' context, places): each lower-cased
 * every token again, the largest line of their per-document set-up. Remembered as tokenTexts is.
 */
export function tokenLowerTexts(text: string, tokens: readonly Span[]): readonly string[] {
  const found = lowerMemo.get(tokens);
  if (found && found.text === text) return found.words;
  const words = tokenTexts(text, tokens);
  const lower: string[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) lower[i] = words[i]!.toLowerCase();
  lowerMemo.set(tokens, { text, words: lower });
  return lower;
}
