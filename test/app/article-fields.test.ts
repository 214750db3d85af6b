/** The library's article object: a field it does not have is refused, not ignored (an undated run would look fine). */
import { describe, expect, it } from "vitest";
import { analyzeArticle, extractDocument, isSitrepError } from "../../src/index.js";

const codeAndMessage = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return isSitrepError(e) ? `${e.code}: ${e.message}` : String(e);
  }
  return "no error";
};

describe("the article object", () => {
  it("refuses a dateline put beside the text instead of in meta, and says where it goes", () => {
    const said = codeAndMessage(() => analyzeArticle({ text: "Gunmen killed five people on Friday.", published: "2021-06-05" } as never));
    expect(said).toMatch(/^BAD_ARGUMENT: .*published.*meta: \{ published \}/);
  });
  it("refuses an unknown field through extractDocument too", async () => {
    await expect(extractDocument({ text: "The talks ended.", date: "2021-06-05" } as never)).rejects.toMatchObject({ code: "BAD_ARGUMENT" });
  });
  it("takes the dateline in meta", () => {
    expect(analyzeArticle({ text: "Gunmen killed five people on Friday.", meta: { published: "2021-06-05" } }).meta.published).toBe("2021-06-05");
  });
});
