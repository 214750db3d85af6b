import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDocument, layer } from "../../src/core/index.js";
import { newsPipeline } from "../../src/pipelines/news-pipeline.js";
import { loadQuotesResources } from "../../src/stages/quotes/resources.js";
import { quotesOf } from "./run-quotes.js";

const LEXICONS = join(import.meta.dirname, "../../data/lexicons/quotes");
const HEADER = "id\twords\tlemma\tcue_count\toccurrences\tprecision\tcontent_after\tsource_before\tsource_after\tno_source\tthat_after";

/** A lexicon folder with the written lexicons and the given learned rows. */
function lexiconsWith(rows: string[], exclusions: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "quotes-lex-"));
  for (const f of ["cue-verbs.tsv", "cue-phrases.tsv", "speaker-descriptors.tsv", "grammar-words.tsv"]) copyFileSync(join(LEXICONS, f), join(dir, f));
  writeFileSync(join(dir, "learned-cues.tsv"), ["# test", HEADER, ...rows].join("\n"));
  writeFileSync(join(dir, "learned-cue-exclusions.tsv"), ["# test", "id\twords\treason", ...exclusions].join("\n"));
  return dir;
}

describe("learned cues (PolNeAR train counts)", () => {
  it("reads a cue above the count and precision thresholds, in the object frame unless 'that' usually follows", () => {
    const { quotes } = loadQuotesResources(lexiconsWith([
      "quote:learned:touted\ttouted\ttout\t5\t11\t0.45\t1.00\t0.80\t0.00\t0.20\t0.00",
      "quote:learned:bemoaned\tbemoaned\tbemoan\t3\t6\t0.50\t1.00\t1.00\t0.00\t0.00\t0.50",
      "quote:learned:talked-about\ttalked about\ttalk about\t10\t25\t0.40\t1.00\t1.00\t0.00\t0.00\t0.00",
    ]));
    expect(quotes.cueVerbs.get("touted")).toMatchObject({ cueClass: "learned", frame: "object" });
    expect(quotes.cueVerbs.get("bemoaned")).toMatchObject({ frame: "say" });
    expect(quotes.cuePhrases.get("talked")?.[0]).toMatchObject({ lemma: "talk about", frame: "object" });
  });

  it("leaves out rare or imprecise cues, cues whose content follows them without a source before, excluded acts and words already in the written lexicon", () => {
    const { quotes } = loadQuotesResources(lexiconsWith([
      "quote:learned:rattled\trattled\trattle\t2\t4\t0.50\t1.00\t1.00\t0.00\t0.00\t0.00",
      "quote:learned:support\tsupport\tsupport\t29\t739\t0.04\t0.72\t0.83\t0.03\t0.14\t0.00",
      "quote:learned:complaints\tcomplaints\tcomplaint\t7\t15\t0.47\t1.00\t0.14\t0.14\t0.71\t0.00",
      "quote:learned:attacked\tattacked\tattack\t13\t52\t0.25\t1.00\t1.00\t0.00\t0.00\t0.00",
      "quote:learned:said\tsaid\tsay\t3966\t4853\t0.82\t0.36\t0.82\t0.18\t0.00\t0.04",
    ], ["quote:learned-exclude:attacked\tattacked\tan act"]));
    for (const w of ["rattled", "support", "complaints", "attacked"]) expect(quotes.cueVerbs.has(w)).toBe(false);
    expect(quotes.cueVerbs.get("said")?.id).toBe("quote:cue:say");
  });

  it("reads a learned cue without a source as a stance over its whole clause (is expected, seemed)", () => {
    const { quotes } = loadQuotesResources(lexiconsWith(["quote:learned:is-expected\tis expected\tbe expect\t33\t41\t0.80\t0.03\t0.00\t0.00\t1.00\t0.00"]));
    expect(quotes.cuePhrases.get("is")?.find((p) => p.lemma === "be expect")).toMatchObject({ frame: "raising" });
    expect(quotesOf("Trump is expected to win the state.")[0]).toMatchObject({ cue: "is expected", speakerText: null, text: "Trump is expected to win the state" });
    expect(quotesOf("The man was released on Tuesday.")).toEqual([]);
  });

  it("reads the committed learned lexicon: an endorsement is an attribution, an attack is not", () => {
    expect(quotesOf("The Dallas Morning News backed Clinton.")[0]).toMatchObject({ cue: "backed", text: "Clinton" });
    expect(quotesOf("Militants attacked a checkpoint in the north.")).toEqual([]);
  });
});

describe("finder gaps", () => {
  it("reads a share of people as the source (About 4 in 10 say ...)", () => {
    expect(quotesOf("About 4 in 10 say the economy is getting worse.")[0]).toMatchObject({ speakerText: "About 4 in 10", text: "the economy is getting worse" });
  });

  it("reads the source after 'according to' even when the tagger calls it a verb", () => {
    expect(quotesOf("According to police, officers saw the man get out of a car.")[0]).toMatchObject({ speakerText: "police", text: "officers saw the man get out of a car" });
  });

  it("keeps a party label with its period inside the attribution after a quotation", () => {
    expect(quotesOf("“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said.")[0]).toMatchObject({ kind: "direct", speakerText: "Rep. Gwen Moore (D-Wis.)" });
  });

  it("reports the whole clause when the writer's words lead into a partial quotation", () => {
    const [q] = quotesOf("A top priority “is increasing the tax liability at the top,” Mr. Kamin said.");
    expect(q).toMatchObject({ kind: "mixed", speakerText: "Mr. Kamin" });
    expect(q!.text.startsWith("A top priority")).toBe(true);
  });

  it("reads one-word and noun-phrase content after object cues, but not 'said so'", () => {
    expect(quotesOf("The minister denied it.")[0]).toMatchObject({ cue: "denied", text: "it" });
    expect(quotesOf("Polls show a close contest in the state.")[0]).toMatchObject({ cue: "show", text: "a close contest in the state" });
    expect(quotesOf("He said so.")).toEqual([]);
    expect(quotesOf("Most Democrats said yes.")[0]).toMatchObject({ speakerText: "Most Democrats", text: "yes" });
  });

  it("reads 'agreed to' as what was agreed", () => {
    expect(quotesOf("Demonstrators agreed to remain civil.")[0]).toMatchObject({ cue: "agreed", text: "to remain civil" });
  });

  it("does not take a connective before a cue as content (However, Libya insisted on ...)", () => {
    expect(quotesOf("However, Libya insisted on further concessions.").some((q) => q.text === "However")).toBe(false);
    expect(quotesOf("Also today, Carter commented on the bombings in Istanbul, Turkey.")).toEqual([]);
    expect(quotesOf("Today, he said, the country is at peace.")[0]).toMatchObject({ speakerText: "he", text: "the country is at peace" });
  });

  it("keeps an intention coordinated with a statement inside its content", () => {
    const quotes = quotesOf("Police say he posed a deadly threat and refused to drop the gun.");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe("he posed a deadly threat and refused to drop the gun");
  });

  it("reads past a parenthetical or an adverb before 'that'", () => {
    expect(quotesOf("Several experts cautioned, as did the campaign itself, that the proposals might well evolve.")[0]).toMatchObject({ cue: "cautioned", text: "the proposals might well evolve" });
    expect(quotesOf("A colonel reported anonymously that their account was not confirmed.")[0]).toMatchObject({ speakerText: "A colonel", text: "their account was not confirmed" });
  });

  it("joins a stance noun to its verb as one cue (expressed his outrage that ...)", () => {
    expect(quotesOf("He expressed his outrage that it occurred while needs are higher than ever.")[0]).toMatchObject({ cue: "expressed his outrage", text: "it occurred while needs are higher than ever" });
  });

  it("ends a report before 'in what X called', which is an attribution of its own", () => {
    const quotes = quotesOf("The UN has confirmed six aid workers were killed on Saturday in what the UN representative called a “heinous murder”.");
    expect(quotes.map((q) => [q.cue, q.speakerText])).toEqual([["confirmed", "The UN"], ["called", "the UN representative"]]);
    expect(quotes[0]!.text).toBe("six aid workers were killed on Saturday");
  });

  it("takes a report as the source, not the outlet that obtained it", () => {
    expect(quotesOf("A UN report obtained by Reuters has suggested the government is expanding its arsenal.")[0]).toMatchObject({ speakerText: "A UN report" });
  });

  it("reads 'was quoted as saying' as one cue", () => {
    expect(quotesOf("A local undertaker was quoted as saying that burials have increased.")[0]).toMatchObject({ cue: "was quoted as saying", speakerText: "A local undertaker" });
  });

  it("passes a statement a release relays on to its speaker, with the release as the relay", () => {
    const quotes = quotesOf("A news release described the visit. The secretary and Abadi agreed that there will still be work to do after Mosul, the release said.");
    const agreed = quotes.find((q) => q.cue === "agreed");
    expect(agreed).toMatchObject({ speakerMentionText: "The secretary and Abadi", viaText: "the release" });
    expect(quotes.some((q) => q.cue === "said")).toBe(false);
  });
});

describe("more finder gaps", () => {
  it("reads a question opening its sentence without an asker (Asked whether ..., X said ...)", () => {
    const quotes = quotesOf("Asked if he was ever bullied, Trump said he was not.");
    expect(quotes[0]).toMatchObject({ cue: "Asked", speakerText: null, text: "if he was ever bullied" });
    expect(quotes[1]).toMatchObject({ cue: "said", speakerText: "Trump", text: "he was not" });
  });

  it("reads a clause whose predicate is a partial quotation", () => {
    expect(quotesOf("Ryan said Obama’s words and actions “amount to a form of intimidation that undermines liberty.”")[0]).toMatchObject({ speakerText: "Ryan", cue: "said" });
  });

  it("reads a source with an age and an apposition, but not a scene-setting phrase", () => {
    expect(quotesOf("Marley Anderson, 21, a junior from Las Vegas, said she turned out to support Sanders.")[0]!.speakerText).toBe("Marley Anderson, 21, a junior from Las Vegas");
    expect(quotesOf("But when Congress cut funding two years later, Mexico said enough.")).toEqual([]);
  });

  it("continues a quotation after a participle clause in the attribution's sentence", () => {
    const quotes = quotesOf("“Every time you say that,” Tester said, pointing at the chart, “you give ammunition to the people who want to break up the banks.”");
    expect(quotes.map((q) => [q.speakerText, q.rule])).toEqual([["Tester", "direct:quote-source-cue"], ["Tester", "direct:continuation"]]);
  });
});

describe("headline speaker labels", () => {
  it("reads a headline labelled with a speaker noun, not one labelled with a rubric", () => {
    expect(quotesOf("AP-GfK Poll: Clinton leads Trump among women")[0]).toMatchObject({ kind: "direct", speakerText: "AP-GfK Poll", text: "Clinton leads Trump among women" });
    expect(quotesOf("The Latest: Clinton wins in Virginia")).toEqual([]);
    expect(quotesOf("Explained: How division among Taliban groups impacts Afghanistan")).toEqual([]);
  });

  it("does not read a long body sentence ending in a period as a headline", () => {
    expect(quotesOf("The dispute began in May.\nThe report: it was published after a long delay and many people in the region read it with interest over the following weeks of the summer.")).toEqual([]);
  });
});

describe("speakers and addressees named earlier in the article", () => {
  const pipeline = newsPipeline();
  const quotesIn = (text: string) => layer(pipeline.run(createDocument(text, { published: "2016-05-23", language: "en" })), "quote").map((q) => q.data);

  it("resolves a title and surname to the full name met earlier, and a pronoun addressee to the person named before the cue", () => {
    const [q] = quotesIn("Secretary of State John Kerry flew to Geneva on Monday. Secretary Kerry raised these concerns in a call with Russian Foreign Minister Sergey Lavrov and urged him to press the regime to stop the airstrikes.");
    expect(q).toMatchObject({ speakerMentionText: "Secretary Kerry", speakerText: "John Kerry", cue: "urged", addresseeText: "Sergey Lavrov" });
  });

  it("keeps the title and surname when no full name was given", () => {
    const [q] = quotesIn("Secretary Kerry said the talks were useful.");
    expect(q).toMatchObject({ speakerText: "Secretary Kerry" });
  });
});
