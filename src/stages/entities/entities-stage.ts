import { defineStage } from "../../core/index.js";

/** STUB: to be replaced by the entities stage. */
export const entitiesStage = defineStage({
  name: "entities",
  requires: ["sentence", "token"],
  provides: ["entity"],
  run() {
    return { entity: [] };
  },
});
