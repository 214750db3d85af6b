import { describe, expect, it } from "vitest";
import { checkGold, listGoldDirs } from "../../scripts/check-golden.js";

describe("golden gold files", () => {
  const dirs = listGoldDirs("test/golden");
  it("has at least 8 golden articles", () => {
    expect(dirs.length).toBeGreaterThanOrEqual(8);
  });
  it.each(dirs)("%s: every string is an exact substring and every value well-formed", (dir) => {
    expect(checkGold(dir)).toEqual([]);
  });
});
