import { defineStage } from "../../core/index.js";
import { extractEvents } from "./extract-events.js";
import { loadEventsResources, type EventsLexicons } from "./resources.js";

/**
 * Events: PLOVER type and mode (plus sitrep's disaster and organised-crime types), modality,
 * background flag, participants, place, date, casualties, CAMEO code and ACLED sub-type.
 * It needs only sentences and tokens; the entity, actor, date, place and quote layers are read
 * when an earlier stage provided them, so the stage also runs on a bare segmented text.
 */
export const eventsStage = defineStage({
  name: "events",
  requires: ["sentence", "token"],
  provides: ["event"],
  run(doc, ctx) {
    const lex = (ctx.resources.events as EventsLexicons | undefined) ?? loadEventsResources().events;
    return { event: extractEvents(doc, lex) };
  },
});
