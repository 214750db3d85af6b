import { defineStage } from "../../core/index.js";

/** STUB: to be replaced by the events stage. */
export const eventsStage = defineStage({
  name: "events",
  requires: ["sentence", "token", "entity", "actor", "date", "place", "quote"],
  provides: ["event"],
  run() {
    return { event: [] };
  },
});
