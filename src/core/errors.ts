/**
 * The error catalogue: every error sitrep raises on purpose has a stable code, so scripts
 * and the API can branch on it, and a message that says what to do. docs/errors.md lists them.
 */
export const ERROR_CODES = {
  INPUT_EMPTY: "The input has no text after cleaning. Give an article with a body.",
  INPUT_BINARY: "The input looks binary (NUL bytes or mostly control characters). Give text or HTML.",
  INPUT_NOT_UTF8: "The input is not valid UTF-8. Convert it (e.g. iconv -t UTF-8) and try again.",
  INPUT_TOO_LARGE: "The input is larger than the limit. Split it, or raise the limit with --max-bytes.",
  INPUT_NOT_FOUND: "The input file does not exist or cannot be read.",
  INPUT_UNREADABLE_HTML: "The HTML could not be parsed into text. Save the article's text as a .txt file and give that.",
  INPUT_UNSUPPORTED_LANGUAGE: "The article does not look like English; sitrep's models are English only.",
  ANALYSIS_TIMEOUT: "The article's analysis took longer than its time budget (--time-budget); it is reported empty and the batch goes on.",
  WORKER_FAILED: "The worker thread analysing the article stopped (out of memory, or killed); it was replaced and the batch goes on.",
  MANIFEST_INVALID: "A manifest line is not a JSON object with a text, html or url field; the line is skipped.",
  INTERRUPTED: "The batch was interrupted (Ctrl-C or SIGTERM); the articles finished before were written.",
  FETCH_FAILED: "The URL could not be fetched. Check the address and the network.",
  FETCH_TIMEOUT: "The URL took too long to answer.",
  FETCH_BLOCKED_ADDRESS: "The URL resolves to a private or loopback address; pass --allow-private to fetch it.",
  FETCH_BAD_URL: "Only http and https URLs can be fetched.",
  FETCH_UNSUPPORTED_TYPE: "The URL returned something that is neither HTML nor plain text.",
  BAD_ARGUMENT: "An argument is missing or malformed; see --help.",
  BAD_DATE: "A date must be given as YYYY-MM-DD (an ISO 8601 date or date-time).",
  PIPELINE_ORDER: "A stage requires a layer that no earlier stage provides.",
  MODEL_MISSING: "A model file is missing; reinstall or retrain it (see docs/models).",
  LEXICON_INVALID: "A lexicon file under data/ is malformed (missing column, row without an id, repeated id); fix the file it names.",
  EVAL_DATA_MISSING: "The evaluation data was not found; set SITREP_EVAL_DATA or pass a path.",
  EVAL_FORMAT: "The evaluation file is not in the expected format.",
  NOT_FOUND: "No such article, event or actor in the store; ids come from the API's own lists.",
  UNAUTHORIZED: "This server takes writes only with its token: send Authorization: Bearer <token> (the SITREP_TOKEN or --token sitrep serve was started with).",
  HOST_NOT_ALLOWED: "The request's Host header is not a name of this server; open the address sitrep serve printed (a guard against DNS rebinding).",
  UNSUPPORTED_MEDIA_TYPE: "The request body must be JSON (Content-Type: application/json).",
  STORE_UNAVAILABLE: "The store could not be opened: check --db / SITREP_DB (a writable file path) or SITREP_DATABASE_URL (a reachable PostgreSQL).",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class SitrepError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;

  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${ERROR_CODES[code]} (${detail})` : ERROR_CODES[code]);
    this.name = "SitrepError";
    this.code = code;
    this.detail = detail;
  }
}

export function isSitrepError(e: unknown): e is SitrepError {
  return e instanceof SitrepError;
}
