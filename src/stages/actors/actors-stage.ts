import { defineStage } from "../../core/index.js";

/** STUB: to be replaced by the actors stage. */
export const actorsStage = defineStage({
  name: "actors",
  requires: ["sentence", "token", "entity"],
  provides: ["actor"],
  run() {
    return { actor: [] };
  },
});
