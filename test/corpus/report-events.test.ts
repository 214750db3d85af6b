import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";
import { reportEvents, reportQuotes, outletOf } from "../../src/corpus/report-events.js";

describe("corpus reports of a document", () => {
  it("writes out each event's actor, place and date and cites the article", async () => {
    const doc = await extractDocument(
      { text: "Gunmen killed five police officers in Kandahar on Monday, Afghan officials said.", meta: { published: "2021-10-13", siteName: "Example News" } },
    );
    const reports = reportEvents(doc, "art1", "test");
    expect(reports.length).toBeGreaterThan(0);
    const attack = reports.find((r) => r.type === "ASSAULT")!;
    expect(attack.key).toBe(`art1/${attack.eventId}`);
    expect(attack.source).toMatchObject({ articleId: "art1", outlet: "Example News", published: "2021-10-13" });
    expect(attack.place).toMatchObject({ text: "Kandahar", country: "AF", admin1: "Kandahar" });
    expect(attack.date?.value).toBe("2021-10-11");
    expect(attack.fatalities).toMatchObject({ min: 5, max: 5 });
    expect(doc.text.slice(attack.evidence.start, attack.evidence.end)).toBe(attack.evidence.text);
  });

  it("cites a quote's speaker by name", async () => {
    const doc = await extractDocument({ text: '"We will not stop," Taliban spokesman Zabihullah Mujahid said on Monday.', meta: { published: "2021-10-13" } });
    const quotes = reportQuotes(doc, "a2");
    expect(quotes[0]?.speaker?.name).toMatch(/Mujahid/);
    expect(quotes[0]?.key).toBe("a2/q1");
  });

  it("names the outlet by site name, else host, else input", () => {
    const meta = { title: null, url: "https://www.reuters.com/x", published: null, language: "en", source: "f.txt" };
    expect(outletOf({ ...meta, siteName: null })).toBe("reuters.com");
    expect(outletOf({ ...meta, url: null })).toBe("f.txt");
  });
});
