// The CommonJS modules of wink's English model that wink-model.ts imports by path: each exports one
// value that sitrep hands to wink-nlp as it is, so their type is left open.
declare module "wink-eng-lite-web-model/dist/*.js" {
  const part: unknown;
  export default part;
}
