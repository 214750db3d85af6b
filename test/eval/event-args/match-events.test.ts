import { describe, expect, it } from "vitest";
import { coverHappenings, matchEvents, scoreArguments, scoreDocumentArguments, type EventArgument, type ScoredEvent } from "../../../src/eval/event-args/match-events.js";

// "Rebels attacked a market in Goma. Two people were killed. Police arrested three men."
//  0         10        20        30        40        50        60        70        80
const attackGold: ScoredEvent = { id: "g1", family: "attack", trigger: { start: 7, end: 15 }, arguments: [] };
const dieGold: ScoredEvent = { id: "g2", family: "die", trigger: { start: 50, end: 56 }, arguments: [] };
const arrestGold: ScoredEvent = { id: "g3", family: "arrest", trigger: { start: 65, end: 73 }, arguments: [] };
const firstSentence = { start: 0, end: 33 };
const secondSentence = { start: 34, end: 57 };

const predicted = (id: string, family: string, trigger: [number, number], evidence: { start: number; end: number }, args: EventArgument[] = []): ScoredEvent =>
  ({ id, family, trigger: { start: trigger[0], end: trigger[1] }, evidence, arguments: args });

describe("matchEvents", () => {
  it("matches on trigger overlap within a family, and not across families", () => {
    const m = matchEvents([attackGold, arrestGold], [predicted("p1", "attack", [7, 15], firstSentence), predicted("p2", "protest", [65, 73], { start: 58, end: 80 })]);
    expect(m.pairs.map((p) => [p.gold.id, p.predicted.id, p.kind])).toEqual([["g1", "p1", "trigger"]]);
    expect(m.missed.map((g) => g.id)).toEqual(["g3"]);
    expect(m.unmatched.map((p) => p.id)).toEqual(["p2"]);
    expect(m.splits).toEqual([]);
  });

  it("matches a gold trigger inside the prediction's evidence sentence, but not one in another sentence", () => {
    const m = matchEvents([dieGold], [predicted("p1", "die", [7, 15], firstSentence)]);
    expect(m.pairs).toEqual([]);
    const m2 = matchEvents([dieGold], [predicted("p1", "die", [40, 46], secondSentence)]);
    expect(m2.pairs.map((p) => p.kind)).toEqual(["sentence"]);
  });

  it("counts a second prediction of an already matched happening as a split, and prefers the trigger match", () => {
    const m = matchEvents([attackGold], [predicted("p1", "attack", [20, 26], firstSentence), predicted("p2", "attack", [7, 15], firstSentence)]);
    expect(m.pairs.map((p) => p.predicted.id)).toEqual(["p2"]);
    expect(m.splits.map((p) => p.id)).toEqual(["p1"]);
    expect(m.unmatched).toEqual([]);
  });

  it("pairs two gold events of one sentence with two predictions one to one", () => {
    const g2: ScoredEvent = { ...attackGold, id: "g1b", trigger: { start: 20, end: 26 } };
    const m = matchEvents([attackGold, g2], [predicted("p1", "attack", [7, 15], firstSentence), predicted("p2", "attack", [2, 4], firstSentence)]);
    expect(m.pairs.map((p) => [p.gold.id, p.predicted.id]).sort()).toEqual([["g1", "p1"], ["g1b", "p2"]]);
    expect(m.splits).toEqual([]);
  });
});

describe("scoreArguments", () => {
  const rebels: EventArgument = { group: "actor", mentions: [{ start: 0, end: 6 }, { start: 90, end: 94 }], text: "Rebels" };
  const market: EventArgument = { group: "target", mentions: [{ start: 18, end: 24 }], text: "market" };
  const goma: EventArgument = { group: "place", mentions: [{ start: 28, end: 32 }], text: "Goma" };

  it("matches through any mention of the entity (coreference), per group", () => {
    const predictedRebels: EventArgument = { group: "actor", mentions: [{ start: 88, end: 94 }], text: "they" };
    const out = scoreArguments([rebels, market], [predictedRebels]);
    expect(out.map((o) => [o.group, o.kind])).toEqual([["actor", "tp"], ["target", "fn"]]);
  });

  it("does not match an entity placed in the wrong group", () => {
    const out = scoreArguments([rebels], [{ ...rebels, group: "target" }]);
    expect(out.map((o) => o.kind).sort()).toEqual(["fn", "fp"]);
  });

  it("matches one to one: two predictions of one gold argument give one hit and one spurious", () => {
    const out = scoreArguments([goma], [{ ...goma, text: "Goma" }, { group: "place", mentions: [{ start: 29, end: 31 }], text: "om" }]);
    expect(out.map((o) => o.kind)).toEqual(["tp", "fp"]);
  });

  it("counts the arguments of missed gold events as misses and of unmatched predictions as spurious", () => {
    const gold: ScoredEvent = { ...attackGold, arguments: [rebels, market] };
    const other: ScoredEvent = { ...arrestGold, arguments: [goma] };
    const m = matchEvents([gold, other], [predicted("p1", "attack", [7, 15], firstSentence, [rebels, goma]), predicted("p9", "protest", [0, 3], firstSentence, [market])]);
    const kinds = scoreDocumentArguments(m).map((o) => `${o.group}:${o.kind}`).sort();
    expect(kinds).toEqual(["actor:tp", "place:fn", "place:fp", "target:fn", "target:fp"]);
  });
});

describe("happening level", () => {
  // "A blast hit Lyon. The explosion injured five." told once by sitrep, with both mentions merged.
  const blast: ScoredEvent = { id: "g1", family: "attack", trigger: { start: 2, end: 7 }, arguments: [] };
  const explosion: ScoredEvent = { id: "g2", family: "attack", trigger: { start: 22, end: 31 }, arguments: [] };
  const merged = predicted("p1", "attack", [2, 7], { start: 0, end: 17 });
  const withMentions: ScoredEvent = { ...merged, mentions: [{ trigger: { start: 22, end: 31 }, evidence: { start: 18, end: 45 } }] };

  it("counts every gold mention a merged event tells, while the mention-level matching pairs one", () => {
    expect(coverHappenings([blast, explosion], [merged])).toEqual({ goldCovered: 1, gold: 2, predictedCorrect: 1, predicted: 1, redundant: 0 });
    expect(coverHappenings([blast, explosion], [withMentions])).toEqual({ goldCovered: 2, gold: 2, predictedCorrect: 1, predicted: 1, redundant: 0 });
    const m = matchEvents([blast, explosion], [withMentions]);
    expect(m.pairs).toHaveLength(1);
    expect(m.missed).toHaveLength(1);
  });

  it("calls a second prediction of the same happening redundant, and one telling nothing wrong", () => {
    const again = predicted("p2", "attack", [22, 31], { start: 18, end: 45 });
    const elsewhere = predicted("p3", "attack", [60, 65], { start: 50, end: 70 });
    expect(coverHappenings([blast, explosion], [withMentions, again, elsewhere])).toEqual({ goldCovered: 2, gold: 2, predictedCorrect: 2, predicted: 3, redundant: 1 });
  });
});
