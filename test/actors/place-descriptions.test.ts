/** Unnamed parties take the country of the places their sentence (or its paragraph's scene) names, once places are resolved. */
import { describe, expect, it } from "vitest";
import { layer } from "../../src/core/index.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";

const acledNames = (text: string) => layer(analyzeArticle({ text, meta: { published: "2021-10-12" } }), "actor").map((a) => a.data.acledName);

describe("descriptions placed by their sentence's places", () => {
  it("gives gunmen and civilians the country of the town named with them", () => {
    const names = acledNames("Afghan forces clashed with the Taliban in Kabul. Separately, gunmen killed three civilians in Peshawar on Sunday.");
    expect(names).toContain("Unidentified Armed Group (Pakistan)");
    expect(names).toContain("Civilians (Pakistan)");
    expect(names).not.toContain("Civilians (Afghanistan)");
  });

  it("reads a sentence that names no place at its paragraph's scene", () => {
    expect(acledNames("Unidentified gunmen stormed a village in Kunduz province on Monday. They killed five civilians.")).toContain("Civilians (Afghanistan)");
  });

  it("keeps the country the sentence states", () => {
    const names = acledNames("Afghan forces clashed with the Taliban in Kabul. Gunmen killed three Afghan civilians in Peshawar on Sunday.");
    expect(names).toContain("Civilians (Afghanistan)");
    expect(names).not.toContain("Civilians (Pakistan)");
  });
});
