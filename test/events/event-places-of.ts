/** Test helper: each event of a text run through the whole pipeline, with its trigger and its place's text and country. */
import { layer } from "../../src/core/index.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";

export function eventPlaces(text: string): { trigger: string; place: string | null; country: string | null }[] {
  const doc = analyzeArticle({ text, meta: { published: "2021-12-31", language: "en" } });
  const places = new Map(layer(doc, "place").map((p) => [p.id, p.data]));
  return layer(doc, "event").map((e) => {
    const p = e.data.place ? places.get(e.data.place) : undefined;
    return { trigger: e.data.trigger.text, place: p?.text ?? null, country: p?.country ?? null };
  });
}
