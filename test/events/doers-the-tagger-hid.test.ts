/**
 * Doers and undergoers that the clause names but a tagger misreading or an adjunct hid: "IS" read
 * as "is", a headline's bare verb read as a noun (repair-tags.ts), a relative clause between a
 * subject and its verb, and an adjunct between an infinitive and the verb whose subject does it
 * (find-role-phrases.ts subjectOf).
 */
import { describe, expect, it } from "vitest";
import type { TokenData } from "../../src/core/index.js";
import { repairTags } from "../../src/stages/events/repair-tags.js";
import { extractEventsByHand, type HandActor } from "./annotate-by-hand.js";

const events = (text: string, actors: HandActor[] = []) =>
  extractEventsByHand(text, { actors }).map((e) => ({ trigger: e.data.trigger.text, actor: e.data.actor, actorPhrase: e.data.actorPhrase?.text ?? null, target: e.data.target, targetPhrase: e.data.targetPhrase?.text ?? null }));

const IS: HandActor[] = [{ id: "is", name: "Islamic State", kind: "armed group", mentions: ["IS"] }];

describe("the tagger's misreadings, mended for the events stage", () => {
  it("reads a capital 'IS' in mixed-case text as the group, so 'IS attacks' are its attacks", () => {
    expect(events("Two dozen soldiers were killed in IS attacks near Palmyra.", IS).find((e) => e.trigger === "attacks")).toMatchObject({ actor: "is" });
  });

  it("does not read 'militants from IS attacked' as a passive whose subject undergoes the attack", () => {
    const e = events("Militants from IS attacked the base near Raqqa.", IS)[0];
    expect(e).toMatchObject({ actor: "is" });
    expect(e?.target).toBeNull();
  });

  it("reads a headline's bare verb after a plural subject as a verb: 'Protesters clash with police'", () => {
    expect(events("Protesters clash with police in Caracas.")[0]).toMatchObject({ actorPhrase: "Protesters" });
  });

  it("reads an -ing event word opening the sentence before its verb as the subject's noun: 'Heavy fighting broke out between ...'", () => {
    const sides: HandActor[] = [{ id: "reb", name: "rebels", kind: "armed group", mentions: ["rebels"] }, { id: "army", name: "the army", kind: "military", mentions: ["the army"] }];
    for (const text of ["Heavy fighting broke out between rebels and the army near Goma.", "Fighting broke out between rebels and the army near Goma."]) {
      const e = events(text, sides).find((x) => x.trigger.toLowerCase() === "fighting");
      expect(e).toMatchObject({ actor: "reb", target: "army" });
      expect(e?.actorPhrase).not.toBe("Heavy");
    }
    expect(events("Intense shelling hit the town on Monday.").find((x) => x.trigger === "shelling")?.actorPhrase).toBeNull();
  });

  it("reads a word of violence after an article and its modifiers as a noun, a word of speech as a participle", () => {
    const data = (normal: string, pos: string): TokenData => ({ normal, pos, lemma: normal, sentence: 0, index: 0, spaceBefore: 1 });
    const violence = (t: TokenData) => t.normal === "shooting";
    const shooting = [data("the", "DET"), data("third", "ADJ"), data("mass", "NOUN"), data("shooting", "VERB"), data("in", "ADP"), data("the", "DET"), data("city", "NOUN")];
    expect(repairTags(shooting, (i) => shooting[i]!.normal, () => true, undefined, undefined, undefined, violence)[3]!.pos).toBe("NOUN");
    const talking = [data("the", "DET"), data("entire", "ADJ"), data("debate", "NOUN"), data("talking", "VERB"), data("about", "ADP"), data("himself", "PRON")];
    expect(repairTags(talking, (i) => talking[i]!.normal, () => true, undefined, undefined, undefined, violence)[3]!.pos).toBe("VERB");
    // A party before it is the participle's subject.
    const gunman = [data("the", "DET"), data("gunman", "NOUN"), data("shooting", "VERB"), data("at", "ADP"), data("police", "NOUN")];
    expect(repairTags(gunman, (i) => gunman[i]!.normal, () => true, undefined, (t) => t.normal === "gunman", undefined, violence)[2]!.pos).toBe("VERB");
  });

  it("keeps a noun that has a verb of its own close after it: 'troops attack on the city killed five'", () => {
    const data = (normal: string, pos: string): TokenData => ({ normal, pos, lemma: normal, sentence: 0, index: 0, spaceBefore: 1 });
    const tokens = [data("government", "NOUN"), data("troops", "NOUN"), data("attack", "NOUN"), data("on", "ADP"), data("the", "DET"), data("city", "NOUN"), data("killed", "VERB")];
    expect(repairTags(tokens, (i) => tokens[i]!.normal, () => true)[2]!.pos).toBe("NOUN");
  });

  it("keeps a compound's noun after a plural modifier: 'a war crimes investigation of Russia'", () => {
    const data = (normal: string, pos: string): TokenData => ({ normal, pos, lemma: normal, sentence: 0, index: 0, spaceBefore: 1 });
    const tokens = [data("a", "DET"), data("war", "NOUN"), data("crimes", "NOUN"), data("investigation", "NOUN"), data("of", "ADP"), data("russia", "PROPN")];
    expect(repairTags(tokens, (i) => tokens[i]!.normal, () => true)[3]!.pos).toBe("NOUN");
    const arms = [data("the", "DET"), data("rights", "NOUN"), data("probe", "NOUN"), data("of", "ADP"), data("police", "NOUN")];
    expect(repairTags(arms, (i) => arms[i]!.normal, () => true)[2]!.pos).toBe("NOUN");
  });

  it("changes only the tag of a mended token, and the acronym's forms: its sentence, index and spacing stay", () => {
    const tokens: TokenData[] = [
      { pos: "DET", lemma: "an", normal: "an", sentence: 3, index: 40, spaceBefore: 1 },
      { pos: "VERB", lemma: "intelligence-base", normal: "intelligence-based", sentence: 3, index: 41, spaceBefore: 2 },
      { pos: "NOUN", lemma: "operation", normal: "operation", sentence: 3, index: 42, spaceBefore: 1 },
    ];
    expect(repairTags(tokens, (i) => tokens[i]!.normal, () => true)[1]).toEqual({ ...tokens[1], pos: "ADJ" });
    const shouted = [{ pos: "DET", lemma: "the", normal: "the", sentence: 0, index: 0, spaceBefore: 0 }, { pos: "AUX", lemma: "be", normal: "is", sentence: 0, index: 1, spaceBefore: 3 }];
    const surfaces = ["The", "IS"];
    expect(repairTags(shouted, (i) => surfaces[i]!, () => true)[1]).toEqual({ pos: "PROPN", lemma: "i.s.", normal: "i.s.", sentence: 0, index: 1, spaceBefore: 3 });
  });

  it("mends the same tokens when told which are event words: the others are tried only as 'IS' or a hyphenated compound", () => {
    const data = (normal: string, pos: string): TokenData => ({ normal, pos, lemma: normal, sentence: 0, index: 0, spaceBefore: 1 });
    const isEvent = (t: TokenData) => ["clash", "shooting", "attack", "abducted"].includes(t.normal);
    const violence = (t: TokenData) => t.normal === "shooting";
    const sentences = [
      [data("protesters", "NOUN"), data("clash", "NOUN"), data("with", "ADP"), data("police", "NOUN"), data("in", "ADP"), data("an", "DET"), data("intelligence-based", "VERB"), data("operation", "NOUN")],
      [data("the", "DET"), data("third", "ADJ"), data("mass", "NOUN"), data("shooting", "VERB"), data("in", "ADP"), data("the", "DET"), data("city", "NOUN")],
      [data("gunmen", "NOUN"), data("abducted", "NOUN"), data("two", "NUM"), data("students", "NOUN"), data("from", "ADP"), data("is", "AUX"), data("attack", "NOUN")],
    ];
    const surfaces = ["protesters", "IS"];
    for (const tokens of sentences) {
      const surfaceOf = (i: number) => (tokens[i]!.normal === "is" ? surfaces[1]! : tokens[i]!.normal);
      const told = repairTags(tokens, surfaceOf, isEvent, undefined, undefined, undefined, violence, tokens.map(isEvent));
      expect(told).toEqual(repairTags(tokens, surfaceOf, isEvent, undefined, undefined, undefined, violence));
      expect(told).not.toBe(tokens);
    }
    // Told that no token is an event word, it mends only the compound and "IS".
    const first = sentences[0]!;
    expect(repairTags(first, (i) => first[i]!.normal, () => true, undefined, undefined, undefined, undefined, first.map(() => false)).map((t) => t.pos)).toEqual(["NOUN", "NOUN", "ADP", "NOUN", "ADP", "DET", "ADJ", "NOUN"]);
  });

  it("reads a hyphenated compound tagged VERB between an article and a noun as an adjective ('an intelligence-based operation')", () => {
    const data = (normal: string, pos: string): TokenData => ({ normal, pos, lemma: normal, sentence: 0, index: 0, spaceBefore: 1 });
    const tokens = [data("in", "ADP"), data("an", "DET"), data("intelligence-based", "VERB"), data("operation", "NOUN")];
    expect(repairTags(tokens, (i) => tokens[i]!.normal, () => true)[2]!.pos).toBe("ADJ");
    const verb = [data("the", "DET"), data("army", "NOUN"), data("re-took", "VERB"), data("the", "DET"), data("town", "NOUN")];
    expect(repairTags(verb, (i) => verb[i]!.normal, () => true)[2]!.pos).toBe("VERB");
  });

  it("reads a past tense with no -ed after its subject as a verb: 'Gunmen shot a journalist', 'the gunman shot dead two guards'", () => {
    expect(events("Gunmen shot a journalist in Karachi on Monday.").find((e) => e.trigger === "shot")).toMatchObject({ actorPhrase: "Gunmen", targetPhrase: "a journalist" });
    expect(events("Police said the gunman shot dead two guards before fleeing.").find((e) => e.trigger === "shot")).toMatchObject({ actorPhrase: "the gunman", targetPhrase: "two guards" });
  });

  it("keeps 'shot' a noun after a determiner, an adjective or before a preposition: 'a warning shot by police'", () => {
    const data = (normal: string, pos: string): TokenData => ({ normal, pos, lemma: normal, sentence: 0, index: 0, spaceBefore: 1 });
    const pasts = new Set(["shot"]);
    const warning = [data("a", "DET"), data("warning", "NOUN"), data("shot", "NOUN"), data("by", "ADP"), data("police", "NOUN")];
    expect(repairTags(warning, (i) => warning[i]!.normal, () => true, pasts)[2]!.pos).toBe("NOUN");
    const first = [data("the", "DET"), data("first", "ADJ"), data("shot", "NOUN"), data("two", "NUM"), data("minutes", "NOUN")];
    expect(repairTags(first, (i) => first[i]!.normal, () => true, pasts)[2]!.pos).toBe("NOUN");
    const gunmen = [data("gunmen", "PROPN"), data("shot", "NOUN"), data("a", "DET"), data("journalist", "NOUN")];
    expect(repairTags(gunmen, (i) => gunmen[i]!.normal, () => true, pasts)[1]!.pos).toBe("VERB");
  });

  it("leaves 'IS' a verb in an all-capitals sentence, where acronyms cannot be told from words", () => {
    const words = ["THE", "ARMY", "IS", "ATTACKING", "THE", "TOWN"];
    const tokens: TokenData[] = words.map((w, index) => ({ normal: w.toLowerCase(), pos: w === "IS" ? "AUX" : "NOUN", lemma: w.toLowerCase(), sentence: 0, index, spaceBefore: 1 }));
    expect(repairTags(tokens, (i) => words[i]!, () => false)[2]!.pos).toBe("AUX");
  });
});

describe("subjects past a relative clause or an adjunct", () => {
  it("takes the noun a relative clause hangs on as the subject, not the relative clause's object", () => {
    expect(events("The man who attacked the police was shot dead on Monday.").find((e) => e.trigger === "shot")).toMatchObject({ targetPhrase: "The man" });
  });

  it("reads a past verb the tagger took for a noun after a relative clause set off by commas as the main verb", () => {
    const boko: HandActor[] = [{ id: "bh", name: "Boko Haram", kind: "armed group", mentions: ["Boko Haram"] }];
    expect(events("Boko Haram, which has killed thousands in Nigeria, abducted 20 girls from a school in Dapchi.", boko).find((e) => e.trigger === "abducted")).toMatchObject({ actor: "bh", targetPhrase: "20 girls" });
    expect(events("The police said gunmen, who fled on motorbikes, shot dead three villagers in Zamfara.").find((e) => e.trigger === "shot")).toMatchObject({ actorPhrase: "gunmen" });
  });

  it("reads an event's -ing word right after an article as a noun, whatever the tagger made of it", () => {
    const words = ["a", "man", "in", "a", "stabbing"];
    const tokens: TokenData[] = words.map((w, index) => ({ normal: w, pos: index === 4 ? "VERB" : index === 2 ? "ADP" : index === 1 ? "NOUN" : "DET", lemma: w, sentence: 0, index, spaceBefore: 1 }));
    expect(repairTags(tokens, (i) => words[i]!, () => true)[4]!.pos).toBe("NOUN");
    expect(repairTags(tokens, (i) => words[i]!, () => false)[4]!.pos).toBe("VERB");
  });

  it("leaves a noun after a comma that closes no relative clause a noun", () => {
    const words = ["In", "Kabul", ",", "attacks", "killed", "five"];
    const tokens: TokenData[] = words.map((w, index) => ({ normal: w.toLowerCase(), pos: index === 4 ? "VERB" : index === 2 ? "PUNCT" : "NOUN", lemma: w.toLowerCase(), sentence: 0, index, spaceBefore: 1 }));
    expect(repairTags(tokens, (i) => words[i]!, () => true)[3]!.pos).toBe("NOUN");
  });

  it("gives members named after 'its' or 'their' the body the determiner stands for ('The FMLN denied that its members took part')", () => {
    const fmln: HandActor[] = [{ id: "fmln", name: "FMLN", kind: "armed group", mentions: ["FMLN"] }];
    expect(events("The FMLN denied that its members took part in the attack on the police station.", fmln).find((e) => e.trigger === "attack")).toMatchObject({ actor: "fmln" });
  });

  it("reads adjectives joined by 'or' inside the subject's phrase: 'Countries with a high or moderate risk are being urged'", () => {
    expect(events("Countries with a high or moderate risk are being urged to take stronger measures.")[0]).toMatchObject({ targetPhrase: "Countries" });
  });

  it("gives an infinitive after a place adjunct the subject of the verb before it", () => {
    const police: HandActor[] = [{ id: "pol", name: "Police Forces", kind: "police", mentions: ["Police"] }];
    expect(events("Police went to the village to arrest the suspects.", police)[0]).toMatchObject({ actor: "pol", targetPhrase: "the suspects" });
    const e = events("Hundreds of activists gathered in the square in order to protest against the law.").find((x) => x.trigger === "protest");
    expect(e?.actorPhrase).not.toBe("order");
    expect(e?.actorPhrase).not.toBe("the square");
  });

  it("does not take a skipped adjunct's verb's object, a particle's object or an object pronoun for the subject", () => {
    expect(events("They had guns at the ready to shoot any intruder.").find((e) => e.trigger === "shoot")?.actorPhrase).not.toBe("guns");
    expect(events("The campaign planned to bus in supporters to stage a protest outside the debate.").find((e) => e.trigger === "protest")).toMatchObject({ actorPhrase: "supporters" });
    expect(events("Older black women, who helped her beat back a challenge, voted in large numbers.").find((e) => e.trigger === "beat")).toMatchObject({ actorPhrase: "her" });
  });

  it("keeps the addressee of an appeal as the infinitive's subject: 'called on Russia to stop bombing'", () => {
    const actors: HandActor[] = [{ id: "un", name: "United Nations", mentions: ["UN"] }, { id: "ru", name: "Russia", kind: "country", mentions: ["Russia"] }];
    expect(events("The UN called on Russia to stop bombing Aleppo.", actors).find((e) => e.trigger === "bombing")).toMatchObject({ actor: "ru" });
  });
});

describe("a participle before the noun it describes", () => {
  it("has no doer in its clause: 'Police freed kidnapped aid workers' were not kidnapped by the police", () => {
    const actors: HandActor[] = [{ id: "pol", name: "Police Forces of Kenya", kind: "police", mentions: ["Police"] }, { id: "aid", name: "Aid Workers (Kenya)", kind: "group", mentions: ["aid workers"] }];
    const e = events("Police freed kidnapped aid workers in Kenya on Monday.", actors).find((x) => x.trigger === "kidnapped");
    expect(e).toMatchObject({ actor: null, target: "aid" });
  });

  it("stays a verb after a noun, 'have' or a relative pronoun: 'Police arrested protesters', 'the army has killed militants'", () => {
    const actors: HandActor[] = [{ id: "pol", name: "Police Forces", kind: "police", mentions: ["Police"] }, { id: "army", name: "Military Forces", kind: "military", mentions: ["army"] }];
    expect(events("Police arrested protesters in Lagos.", actors).find((x) => x.trigger === "arrested")).toMatchObject({ actor: "pol" });
    expect(events("The army has killed militants in Kunar.", actors).find((x) => x.trigger === "killed")).toMatchObject({ actor: "army" });
  });
});

describe("an institution's 'it' in what it is reported to have said", () => {
  it("is the speaker: 'The Islamic State said it carried out the attack' names the bomber", async () => {
    const { analyzeArticle } = await import("../../src/app/analyze-article.js");
    const doc = analyzeArticle({ text: "A car bomb killed 12 people in Baghdad on Monday. The Islamic State said it carried out the attack.", id: "t" });
    const actors = doc.layers.actor ?? [];
    const bomb = (doc.layers.event ?? []).find((e) => e.data.type === "ASSAULT");
    expect(actors.find((a) => a.id === bomb?.data.actor)?.data.name).toBe("Islamic State");
  });

  it("is the speaker after an adverb: 'The Islamic State said later it carried out the attack'", async () => {
    const { analyzeArticle } = await import("../../src/app/analyze-article.js");
    const doc = analyzeArticle({ text: "A car bomb killed 12 people in Baghdad on Monday. The Islamic State said later it carried out the attack.", id: "t" });
    const is = (doc.layers.actor ?? []).find((a) => a.data.name === "Islamic State");
    const it_ = doc.text.indexOf(" it ") + 1;
    expect(is?.data.mentions.some((m) => m.start === it_) ?? false).toBe(true);
  });

  it("leaves a speaker's 'they' to the general rule: a broadcaster's 'they stole livestock' are the attackers", async () => {
    const { analyzeArticle } = await import("../../src/app/analyze-article.js");
    const doc = analyzeArticle({ text: "Rustlers stormed a village in Kisima area. The Kenya Broadcasting Corporation stated that they stole an unknown number of livestock.", id: "t" });
    const kbc = (doc.layers.actor ?? []).find((a) => a.data.name.includes("Broadcasting"));
    const they = doc.text.indexOf("they");
    expect(kbc?.data.mentions.some((m) => m.start === they) ?? false).toBe(false);
  });
});
