/**
 * Tunables of the exports, each with its unit and why.
 */

/**
 * Characters of evidence kept in an ACLED `notes` cell (at a word boundary). ACLED's notes are one or
 * two sentences; an evidence span is one sentence, rarely longer than this.
 */
export const NOTES_EVIDENCE_MAX_CHARS = 400;

/**
 * Characters at most in one CSV cell. Excel and LibreOffice hold at most 32,767 characters in a cell
 * and spill or cut the rest; a cell of every report's evidence for a much-reported event can pass it.
 */
export const CSV_CELL_MAX_CHARS = 32_000;

/**
 * Bytes of output gathered before one write. Writing row by row costs a system call a row on a pipe;
 * 64 KiB is a pipe's buffer on Linux, so the reader sees data as soon as a pipe's worth is ready and
 * memory stays bounded whatever the export's size.
 */
export const WRITE_CHUNK_CHARS = 64 * 1024;

/**
 * Bits of a hash used as the number of `event_id_cnty` when the event id has no digits of its own:
 * 48 bits (at most 15 decimal digits) keep a collision between two events of one country below 1 in
 * 50,000 at 100,000 events, and the number within JavaScript's exact integers.
 */
export const EVENT_NUMBER_HASH_BITS = 48;
