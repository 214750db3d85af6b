import { defineStage } from "../../core/index.js";

/** STUB: to be replaced by the places stage. */
export const placesStage = defineStage({
  name: "places",
  requires: ["sentence", "token", "entity"],
  provides: ["place"],
  run() {
    return { place: [] };
  },
});
