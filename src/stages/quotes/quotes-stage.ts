import { defineStage } from "../../core/index.js";

/** STUB: to be replaced by the quotes stage. */
export const quotesStage = defineStage({
  name: "quotes",
  requires: ["sentence", "token", "entity", "actor"],
  provides: ["quote"],
  run() {
    return { quote: [] };
  },
});
