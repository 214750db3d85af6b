import { loadDateLexicon } from "./date-lexicon.js";
import { loadHolidays } from "./holiday-calendar.js";
import { createDateTagger, type DateTagger } from "./date-tagger.js";

/** Loads the date word tables and builds the date tagger (chrono with sitrep's parsers), once per process. */
export function loadDatesResources(): { dateTagger: DateTagger } {
  return { dateTagger: createDateTagger(loadDateLexicon(), loadHolidays()) };
}
