/**
 * The schema id of the public document JSON. Its own module so that presenting a document does not
 * load zod (~0.05 s of CPU): zod is needed only where an output is validated (tests, gold files).
 */
export const DOCUMENT_SCHEMA_ID = "sitrep.document/1";
