import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/stages/clean/clean-text.js";
import { loadCleanResources } from "../../src/stages/clean/resources.js";

const { cleanLexicon } = loadCleanResources();
const clean = (raw: string) => cleanText(raw, cleanLexicon);
const founding = readFileSync(new URL("../../examples/founding-article.txt", import.meta.url), "utf8");

/** Spec-like case: the cleaned text must contain every `with` line and none of the `without` lines. */
function testClean(raw: string, spec: { with?: readonly string[]; without?: readonly string[]; reasons?: Record<string, string> }) {
  const out = clean(raw);
  for (const kept of spec.with ?? []) expect(out.text, `keeps: ${kept}`).toContain(kept);
  for (const gone of spec.without ?? []) expect(out.text, `removes: ${gone}`).not.toContain(gone);
  for (const [text, reason] of Object.entries(spec.reasons ?? {})) {
    expect(out.removed.find((r) => r.text === text)?.reason, `reason for: ${text}`).toBe(reason);
  }
  return out;
}

describe("clean: the founding article", () => {
  it("removes both related-story headlines and keeps every body paragraph", () => {
    const out = testClean(founding, {
      without: ["Explained: How division among Taliban groups impacts Afghanistan", "Under Taliban’s rule, no women in Ministry of Women Affairs in Afghanistan"],
      with: [
        "United States has assured to help the Taliban regime vaccinate Afghans against coronavirus.",
        "Muttaqi’s remarks came on the first of two days of talks",
        "The Taliban raided an IS hideout just north of Kabul in Parwan province",
        "“This meeting is not about granting recognition or conferring legitimacy.",
      ],
      reasons: {
        "Explained: How division among Taliban groups impacts Afghanistan": "related-story headline",
        "Under Taliban’s rule, no women in Ministry of Women Affairs in Afghanistan": "related-story headline",
      },
    });
    expect(out.removed).toHaveLength(2);
    // Nothing but white space and the two headlines is lost.
    const words = (s: string) => s.split(/\s+/).filter(Boolean).join(" ");
    const expected = words(founding.replace("Explained: How division among Taliban groups impacts Afghanistan", "").replace("Under Taliban’s rule, no women in Ministry of Women Affairs in Afghanistan", ""));
    expect(words(out.text)).toBe(expected);
  });

  it("keeps paragraph breaks as blank lines", () => {
    expect(clean(founding).text.split("\n\n")).toHaveLength(8);
  });
});

describe("clean: stray headlines and boilerplate lines", () => {
  const body1 = "Gunmen killed three police officers in the northern city of Kunduz on Sunday, officials said.";
  const body2 = "The attack came a day after a bomb exploded near a mosque in the same district.";
  const between = (line: string) => `${body1}\n\n${line}\n\n${body2}`;

  it.each([
    ["a kicker headline", "Also read: Pakistan closes border crossing after clashes", "related-story headline"],
    ["READ MORE", "READ MORE: Taliban name new cabinet", "related-story headline"],
    ["a Watch: kicker", "Watch: Scenes from Kabul airport", "related-story headline"],
    ["an Also Read | kicker", "Also Read | Taliban name acting ministers for key posts", "related-story headline"],
    ["a syndication disclaimer", "(This story has not been edited by staff and is auto-generated from a syndicated feed.)", "disclaimer"],
    ["a latest-news promo", "Catch all the latest world news and updates on our app.", "promo"],
    ["a sentence-case headline with no kicker", "Under Taliban’s rule, no women in Ministry of Women Affairs in Afghanistan", "related-story headline"],
    ["a Title Case headline", "Why The Islamic State Is Gaining Ground In Afghanistan", "related-story headline"],
    ["a promo", "Subscribe to our newsletter for daily updates", "promo"],
    ["a click-here promo", "Click here to get the latest news on WhatsApp", "promo"],
    ["a share prompt", "Share this article", "share prompt"],
    ["share buttons", "Facebook Twitter Linkedin Mail", "share prompt"],
    ["an advertisement marker", "ADVERTISEMENT", "advertisement"],
    ["a byline", "By Sudhi Ranjan Sen, Hindustan Times", "byline"],
    ["an agency credit", "(With inputs from PTI)", "credit"],
    ["a news-network credit", "(Times News Network & agencies)", "credit"],
    ["a photo caption", "Photo: Taliban fighters stand guard in Kabul. (AP)", "photo caption"],
    ["a photo credit tail", "Rescuers search the rubble in Herat on Saturday. (AP Photo/Ebrahim Noroozi)", "photo caption"],
    ["a copyright line", "© 2021 Example News. All rights reserved.", "copyright"],
    ["a timestamp", "Updated: Oct 10, 2021 08:15 IST", "timestamp"],
    ["a source and timestamp line", "Example Money (New York) First published February 1, 2016: 1:28 AM ET", "timestamp"],
    ["a sponsor line", "Powered by ExampleAsset.com", "advertisement"],
  ])("removes %s", (_what, line, reason) => {
    testClean(between(line), { with: [body1, body2], without: [line], reasons: { [line]: reason } });
  });

  it.each([
    ["a one-sentence paragraph ending with a period", "The Taliban denied the claim."],
    ["a short quote ending with a quote mark", "“We will not allow it,” he said."],
    ["a quote ending inside the quote mark", "“This is a tragedy.”"],
    ["a question", "Who will pay for the reconstruction?"],
    ["a line introducing a list", "The agreement has three parts:"],
    ["a two-word line", "Kabul calm"],
    ["a sentence that starts like a kicker", "Watch-makers in Geneva said sales fell by a third in August."],
    ["a sentence starting with Related", "Related talks in Islamabad ended without agreement on Sunday."],
    ["a bulleted point", "- Three police officers killed in Kunduz"],
    ["a bullet from an HTML list", "• Three police officers killed in Kunduz"],
    ["a dateline", "KABUL, Oct 10 (Reuters) -"],
    ["an agency dateline", "UNITED NATIONS (AP) _"],
    ["a date on its own line", "Sunday, October 10, 2021"],
    ["a long paragraph without final punctuation", "Officials in the province said that the fighting had displaced thousands of families who were now sheltering in schools and mosques across the district and that aid was running short"],
  ])("keeps %s", (_what, line) => {
    testClean(between(line), { with: [body1, line, body2] });
  });

  it("does not remove a line that continues the sentence before it", () => {
    const raw = "Also in the past 24 hours, Davis said, the U.S.-led\ncoalition\nconducted five airstrikes near Raqqa.";
    testClean(raw, { with: ["Also in the past 24 hours, Davis said, the U.S.-led", "coalition", "conducted five airstrikes"] });
    expect(clean(raw).removed).toEqual([]);
  });

  it("does not remove list items after a line ending with a colon", () => {
    const raw = "She has three tasks tonight:\n\nSell her presidency (what she would do and how)\nBe the candidate who shines in a small crowd\nGet the jokes off.";
    expect(clean(raw).removed).toEqual([]);
  });

  it("removes list items that are a year and a title: links to pages on other happenings", () => {
    const body = "A suicide bomber killed six soldiers near the air base on Monday, officials said.";
    const raw = `${body}\n\nSee also\n\n* 2014 Kabul airport bombing\n\n• 2008 Mumbai attacks\n\n* 2019 protests spread to five cities.`;
    const out = testClean(raw, { with: [body, "* 2019 protests spread to five cities."], without: ["Kabul airport bombing", "Mumbai attacks"] });
    expect(out.removed.filter((r) => r.source.rule === "clean:kicker.year-title-link").map((r) => r.text)).toEqual(["* 2014 Kabul airport bombing", "• 2008 Mumbai attacks"]);
  });

  it("keeps a one-line article whose tail looks like a photo credit", () => {
    const raw = "Springfield bus drivers vote to join a union. Bus attendant Barbara Gray wears a T-shirt supporting the union. (Greg Trotter / News-Leader)";
    expect(clean(raw).text).toBe(raw);
  });

  it("does not apply the headline rule to one-case text, where signatures and dates look the same", () => {
    const raw = "THE FMLN WILL CONTINUE ITS OPERATIONS UNTIL A CEASE-FIRE IS AGREED.\n\n[SIGNED] FMLN GENERAL COMMAND\n\n30 JANUARY 1990";
    expect(clean(raw).removed).toEqual([]);
  });

  it("removes a plain-text title on the first line and calls it the headline", () => {
    const out = testClean(`Taliban and US hold first talks since withdrawal\n\n${body1}`, { with: [body1], without: ["hold first talks"] });
    expect(out.removed[0]).toMatchObject({ text: "Taliban and US hold first talks since withdrawal", reason: "headline" });
  });

  it("calls a first line with a kicker this article's headline", () => {
    const out = clean(`Poll: Clinton and Trump in dead heat heading into first debate.\n\n${body1}`);
    expect(out.removed[0]).toMatchObject({ reason: "headline" });
  });

  it("keeps a first line that is a sentence", () => {
    testClean(`${body1}\n${body2}`, { with: [body1, body2] });
  });

  it("reads all-lower-case archives without mistaking lines for headlines", () => {
    const raw = "this story is from march 10, 2002\n\nlucknow: the committee has sought a ban on the programme. the meeting discussed the demand\nfor permission to offer namaz.";
    const out = clean(raw);
    expect(out.removed.map((r) => r.reason)).toEqual(["timestamp"]);
    expect(out.text).toContain("the meeting discussed the demand\nfor permission");
  });
});

describe("clean: white space", () => {
  it("collapses runs of spaces and tabs, trims lines and keeps single line breaks", () => {
    expect(clean("  The talks  began\tin Doha.  \nThey ended on Sunday. \n\n\n\nA second paragraph.\u00a0 ").text).toBe(
      "The talks began in Doha.\nThey ended on Sunday.\n\nA second paragraph.",
    );
  });

  it("turns CRLF, CR and Unicode line separators into \\n", () => {
    expect(clean("One.\r\n\r\nTwo.\r\nThree.").text).toBe("One.\n\nTwo.\nThree.");
    expect(clean("One.\rTwo.\u2028Three.\u2029\u2029Four.").text).toBe("One.\nTwo.\nThree.\n\nFour.");
  });

  it("joins hard-wrapped paragraphs into one line each", () => {
    const raw = [
      "   THE ARMED FORCES PRESS COMMITTEE REPORTED TODAY THAT SOLDIERS OF THE",
      "FIRST INFANTRY BRIGADE CLASHED WITH A GROUP OF TERRORISTS NEAR THE TOWN",
      "OF SAN MIGUEL, KILLING TWO OF THEM.",
      "",
      "   THE REPORT ADDS THAT THE CLASH TOOK PLACE IN THE AFTERNOON AND THAT",
      "TROOPS SEIZED WEAPONS AND AMMUNITION LEFT BEHIND BY THE GUERRILLAS.",
    ].join("\n");
    const out = clean(raw);
    expect(out.unwrapped).toBe(true);
    expect(out.text.split("\n\n")).toHaveLength(2);
    expect(out.text).toContain("SOLDIERS OF THE FIRST INFANTRY BRIGADE");
  });

  it("does not join lines of ordinary one-paragraph-a-line text", () => {
    const raw = "Syria has accused Israel of bombarding an area west of Damascus, with reports of a military airport being hit.\nState television quoted the army as saying several rockets landed in the airport compound in Mezzeh.";
    expect(clean(raw).text).toBe(raw);
  });

  it("repairs UTF-8 that was decoded as windows-1252", () => {
    expect(clean("the proposed â€˜bhoomi pujanâ€™ â€œwould violate the order,â€� he said. café").text).toBe("the proposed ‘bhoomi pujan’ “would violate the order,” he said. café");
  });

  it("maps cleaned offsets back to the raw text", () => {
    const raw = "Explained: Why it matters\n\n  The  Taliban met officials in\tDoha.\n\nâ€œFine,â€™ said Muttaqi.";
    const out = clean(raw);
    for (const word of ["Taliban", "Doha", "Muttaqi"]) {
      const at = out.text.indexOf(word);
      expect(raw.slice(out.toRaw(at), out.toRaw(at) + word.length)).toBe(word);
    }
  });

  it("returns an empty text for white space only", () => {
    expect(clean(" \n\n \t ").text).toBe("");
  });
});

describe("clean: invisible characters", () => {
  it("deletes control characters and zero-width spaces, and a mixed run of them and spaces becomes one space", () => {
    expect(clean("The\u0000 talks\u200b ended\u0007.").text).toBe("The talks ended.");
    expect(clean("Kabul\u200bairport").text).toBe("Kabulairport");
  });
});

describe("clean: page furniture inside a line", () => {
  it("cuts gallery controls, gallery links and share bars out of the line and keeps the sentences around them", () => {
    const raw = "Prices rose again. 1 of 46 Full Screen Autoplay Close Skip Ad × Protesters clash with security forces View Photos Thousands have been arrested.\n\nFacebook Twitter Pinterest The park is home to Europe's largest bison population.";
    const out = testClean(raw, {
      with: ["Prices rose again. Protesters clash with security forces Thousands have been arrested.", "The park is home to Europe's largest bison population."],
      without: ["Autoplay", "View Photos", "Pinterest"],
      reasons: { "1 of 46 Full Screen Autoplay Close Skip Ad ×": "page furniture", "View Photos": "page furniture", "Facebook Twitter Pinterest": "page furniture" },
    });
    // The offsets of what is kept still point at the same words of the raw text.
    const at = out.text.indexOf("Protesters");
    expect(raw.slice(out.toRaw(at), out.toRaw(at) + "Protesters".length)).toBe("Protesters");
  });
  it("leaves the same words in prose alone", () => {
    testClean("Officials said the border would close. Pause for a moment: Facebook and Twitter removed the posts.", {
      with: ["Officials said the border would close. Pause for a moment: Facebook and Twitter removed the posts."],
    });
  });
});
