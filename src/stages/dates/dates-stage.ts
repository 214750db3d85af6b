import { defineStage } from "../../core/index.js";

/** STUB: to be replaced by the dates stage. */
export const datesStage = defineStage({
  name: "dates",
  requires: ["sentence", "token"],
  provides: ["date"],
  run() {
    return { date: [] };
  },
});
