import { describe, expect, it } from "vitest";
import { quotesOf } from "./run-quotes.js";

describe("direct quotes", () => {
  it("reads “...,” X said with curly quotes, without the trailing comma", () => {
    const [q, ...rest] = quotesOf("“We will rebuild the bridge by spring,” the mayor of Kherson said.");
    expect(rest).toHaveLength(0);
    expect(q).toMatchObject({ kind: "direct", text: "We will rebuild the bridge by spring", speakerText: "the mayor of Kherson", cue: "said" });
  });

  it("reads straight quotes and the inverted order “...,” said X, with an apposition", () => {
    const [q] = quotesOf('"There is no water left in the camp," said Maria Lopez, a nurse with the Red Cross.');
    expect(q).toMatchObject({ kind: "direct", text: "There is no water left in the camp", cue: "said" });
    expect(q!.speakerText).toContain("Maria Lopez");
  });

  it("reads X said: “...” before the quotation", () => {
    const [q] = quotesOf("The defence minister said in a statement on Friday: “Our forces have withdrawn from the town.”");
    expect(q).toMatchObject({ kind: "direct", speakerText: "The defence minister", cue: "said", text: "Our forces have withdrawn from the town" });
  });

  it("keeps a quotation of several sentences whole", () => {
    const [q] = quotesOf("“The talks failed. We will try again next week,” the envoy said.");
    expect(q!.text).toBe("The talks failed. We will try again next week");
  });

  it("carries a quotation over paragraphs when the next paragraph reopens it", () => {
    const text = "“The first convoy reached the city at dawn,” the UN spokesman said.\n\n“More trucks are waiting at the border.\n\n“We need the crossings open every day.”";
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]).toMatchObject({ speakerText: "the UN spokesman", rule: expect.stringContaining("continuation") });
    expect(quotes[1]!.text).toContain("More trucks are waiting at the border.");
    expect(quotes[1]!.text).toContain("We need the crossings open every day");
    expect(quotes[1]!.text).not.toContain("“");
  });

  it("resolves “...,” he said to the latest person who spoke", () => {
    const quotes = quotesOf("Governor Ahmed Khan said the roads were closed. “Nobody can reach the villages,” he said.");
    const direct = quotes.find((q) => q.kind === "direct");
    expect(direct).toMatchObject({ speakerText: "Governor Ahmed Khan", speakerMentionText: "he", rule: expect.stringContaining("speaker:pronoun") });
  });

  it("resolves a descriptor (“...,” the official said) to the speaker named with that noun", () => {
    const quotes = quotesOf("A senior Pentagon official said the strike hit a depot. “There were no civilians nearby,” the official said.");
    expect(quotes[1]).toMatchObject({ speakerText: "A senior Pentagon official", speakerMentionText: "the official", rule: expect.stringContaining("speaker:descriptor") });
  });

  it("attributes a stand-alone quotation to a short next sentence (X said.)", () => {
    const [q] = quotesOf("“The shelling went on all night and nobody slept.” Ivan Petrenko said.");
    expect(q).toMatchObject({ kind: "direct", speakerText: "Ivan Petrenko", rule: "direct:next-sentence-source-cue" });
  });

  it("reads the inverted lead Said X: “...”", () => {
    const [q] = quotesOf("Said Ellis: “I don’t get the sense she’s the least bit interested in tax reform.”");
    expect(q).toMatchObject({ kind: "direct", speakerText: "Ellis", cue: "Said" });
  });

  it("goes on with the same speaker after the rest of the attribution's sentence", () => {
    const quotes = quotesOf("“This is in their heads,” said Caddell, speaking of the poll. “It is one of the things worrying them.”");
    expect(quotes.filter((q) => q.speakerText === "Caddell" && q.cue === "said")).toHaveLength(2);
  });

  it("reads transcript speaker labels in capitals, not a headline's first word", () => {
    const [q] = quotesOf("PENCE: Gennifer Flowers will not be attending the debate tomorrow night.");
    expect(q).toMatchObject({ kind: "direct", speakerText: "PENCE", cue: ":", text: "Gennifer Flowers will not be attending the debate tomorrow night." });
    expect(quotesOf("Explained: How division among Taliban groups impacts Afghanistan")).toEqual([]);
  });

  it("attributes a quotation with a dash byline", () => {
    const [q] = quotesOf("“He does not speak for our community, and he never has.” ― Carla Sanchez");
    expect(q).toMatchObject({ kind: "direct", speakerText: "Carla Sanchez", rule: "direct:quote-byline" });
  });
});

describe("indirect speech", () => {
  it("reads X said (that) CONTENT without the final period", () => {
    const [q] = quotesOf("The ministry said that 12 people were killed in the blast.");
    expect(q).toMatchObject({ kind: "indirect", text: "12 people were killed in the blast", speakerText: "The ministry", cue: "said" });
    const [bare] = quotesOf("Police said 12 people were killed in the blast.");
    expect(bare).toMatchObject({ text: "12 people were killed in the blast", speakerText: "Police" });
  });

  it("reads X told Y (that) CONTENT with the addressee, past adjuncts", () => {
    const [q] = quotesOf("Muttaqi told the state news agency Bakhtar after talks in Doha that the sides agreed to meet again.");
    expect(q).toMatchObject({ kind: "indirect", cue: "told", addresseeText: "the state news agency Bakhtar", text: "the sides agreed to meet again" });
  });

  it("reads according to X, CONTENT and CONTENT, according to X", () => {
    const [a] = quotesOf("According to local officials, the dam was damaged overnight.");
    expect(a).toMatchObject({ speakerText: "local officials", text: "the dam was damaged overnight", cue: "According to" });
    const [b] = quotesOf("The dam was damaged overnight, according to local officials.");
    expect(b).toMatchObject({ speakerText: "local officials", text: "The dam was damaged overnight" });
  });

  it("reads CONTENT, X said and X warned that CONTENT", () => {
    const [a] = quotesOf("The convoy was turned back at the checkpoint, a UN source said.");
    expect(a).toMatchObject({ speakerText: "a UN source", text: "The convoy was turned back at the checkpoint" });
    const [b] = quotesOf("The WHO warned that cholera could spread to the camps.");
    expect(b).toMatchObject({ cue: "warned", text: "cholera could spread to the camps" });
  });

  it("reads a participle cue (, saying ...) with the subject of its clause", () => {
    const quotes = quotesOf("In a televised address on Sunday, the prime minister rejected the plan, saying it would hurt farmers.");
    const saying = quotes.find((q) => q.cue === "saying");
    expect(saying).toMatchObject({ speakerText: "the prime minister", text: "it would hurt farmers", rule: "indirect:participle" });
  });

  it("splits coordinated cues into two attributions with one subject", () => {
    const quotes = quotesOf("Democrats described the showdown as ominous, and said the panel itself might be damaged by the move.");
    const said = quotes.find((q) => q.cue === "said");
    expect(said).toMatchObject({ speakerText: "Democrats", text: "the panel itself might be damaged by the move", rule: "indirect:coordinated" });
    expect(quotes.find((q) => q.cue === "described")!.text).not.toContain("panel");
  });

  it("reads X called Y Z at a clause start, but not a film called Selma", () => {
    const [q] = quotesOf("Democrats called the citation a transparent political ploy.");
    expect(q).toMatchObject({ speakerText: "Democrats", cue: "called", text: "the citation a transparent political ploy", cueClass: "speech" });
    expect(quotesOf("Thousands watched a film called Selma in the square.")).toEqual([]);
  });

  it("reads a parenthetical attribution as one statement on both sides of it", () => {
    const quotes = quotesOf("Even if the venture fails, Mr. Morgan said, the model will outlast it.");
    expect(quotes.map((q) => q.text)).toEqual(["Even if the venture fails", "the model will outlast it"]);
    expect(new Set(quotes.map((q) => q.cueSpan!.start)).size).toBe(1);
  });

  it("reads As X announced, CONTENT", () => {
    const [q] = quotesOf("As Deputy Secretary of State Antony Blinken announced today, the United States will provide $100 million in aid.");
    expect(q).toMatchObject({ speakerText: "Deputy Secretary of State Antony Blinken", text: "the United States will provide $100 million in aid" });
  });

  it("reads a gerund opening the content (said legalizing it could ...)", () => {
    const [q] = quotesOf("He said legalizing it could put thousands of people to work.");
    expect(q!.text).toBe("legalizing it could put thousands of people to work");
  });

  it("takes a sentence-final relay as the speaker when the statement is not the main clause", () => {
    const quotes = quotesOf("Carter met Abadi in Baghdad, where the two leaders discussed the campaign, according to a Defense Department news release.");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speakerText: "a Defense Department news release", cue: "according to" });
  });

  it("takes a relaying outlet as via, not as the speaker", () => {
    const [q, ...rest] = quotesOf("Muttaqi said the Taliban wanted to hold meetings with other countries, reports news agency AFP.");
    expect(rest).toHaveLength(0);
    expect(q).toMatchObject({ speakerText: "Muttaqi", viaText: "news agency AFP", text: "the Taliban wanted to hold meetings with other countries" });
  });

  it("keeps a partial quote inside indirect speech in that statement", () => {
    const quotes = quotesOf("He said that good relations with Afghanistan are “good for everyone” and nothing should be done to weaken the government.");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toContain("“good for everyone”");
  });

  it("marks indirect speech with a long quoted stretch as mixed", () => {
    const [q] = quotesOf("She said the plan was “a disaster for every family in this country” and would fail.");
    expect(q!.kind).toBe("mixed");
  });

  it("does not report a statement nested in another one", () => {
    const quotes = quotesOf("Muttaqi said the US side had been told that the sanctions would stay.");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speakerText).toBe("Muttaqi");
  });
});

describe("negative cases", () => {
  it("does not take scare quotes as quotes", () => {
    expect(quotesOf("The “terrorists” were women and children trying to escape.")).toEqual([]);
  });

  it("does not take a title in quotes as a quote", () => {
    expect(quotesOf("Thousands watched the film “Selma” in the town square last night.")).toEqual([]);
  });

  it("does not take said in a relative clause with no content as a quote", () => {
    expect(quotesOf("The words he said at the rally were later deleted from the video.")).toEqual([]);
  });

  it("does not take a passive with no speaker as a quote", () => {
    expect(quotesOf("The group is said to be asserting its presence in the east.")).toEqual([]);
  });

  it("does not take a passive belief (is thought to be) as a quote", () => {
    expect(quotesOf("North Korea is thought to be capable of reaching the mainland.")).toEqual([]);
  });

  it("does not read the object of claimed as reported content", () => {
    expect(quotesOf("The group claimed a bombing of a mosque that left 60 people dead.")).toEqual([]);
  });

  it("gives an empty layer for an empty text", () => {
    expect(quotesOf("")).toEqual([]);
  });
});
