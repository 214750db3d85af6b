import { defineStage } from "../../core/index.js";

/** STUB: to be replaced. Removes boilerplate lines (related-story headlines) from the body. */
export const cleanStage = defineStage({
  name: "clean",
  requires: [],
  provides: [],
  rewritesText: true,
  run() {
    return {};
  },
});
