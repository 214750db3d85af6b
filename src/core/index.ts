export * from "./span.js";
export * from "./annotation.js";
export * from "./layers.js";
export * from "./document.js";
export * from "./stage.js";
export * from "./pipeline.js";
export * from "./errors.js";
