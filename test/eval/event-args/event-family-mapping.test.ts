import { describe, expect, it } from "vitest";
import type { EventData } from "../../../src/core/index.js";
import { corpusFamily, corpusRoleGroup, labelMatches, loadCorpusMapping, loadFamilyRows, sitrepFamilies } from "../../../src/eval/event-args/event-family-mapping.js";
import { familyGroups } from "../../../src/eval/event-args/score-event-corpus.js";

const base: EventData = {
  type: "ASSAULT", mode: "firearms", modality: "asserted", background: false, actor: null, target: null, place: null, date: null, geoPrecision: null,
  fatalities: null, injuries: null, evidence: { start: 0, end: 10, text: "x" }, trigger: { start: 0, end: 4, text: "shot" }, cameo: null, acled: null,
};

describe("event family mapping (data/mappings)", () => {
  const rows = loadFamilyRows();

  it("puts an attack with deaths in both attack and die, and a bare casualty verb in die only", () => {
    expect(sitrepFamilies({ ...base, fatalities: { min: 2, max: 2, text: "two" } }, "trg:shoot", rows).sort()).toEqual(["attack", "die"]);
    expect(sitrepFamilies(base, "trg:shoot", rows)).toEqual(["attack"]);
    expect(sitrepFamilies({ ...base, mode: null }, "trg:kill+subject-object", rows)).toEqual(["die"]);
    expect(sitrepFamilies({ ...base, mode: null, injuries: { min: 3, max: 3, text: "three" } }, "trg:wound", rows)).toEqual(["injure"]);
    expect(sitrepFamilies({ ...base, mode: "beat" }, "trg:torture", rows).sort()).toEqual(["attack", "injure"]);
  });

  it("puts a killing word read as an attempt in attack and not in die, unless it carries a toll", () => {
    expect(sitrepFamilies({ ...base, mode: "attack" }, "trg:kill", rows)).toEqual(["attack"]);
    expect(sitrepFamilies({ ...base, mode: "attack", fatalities: { min: 1, max: 1, text: "one" } }, "trg:kill", rows).sort()).toEqual(["attack", "die"]);
  });

  it("keeps a weapon's noun alone out of attack (the instrument, not the act), but not an event that merged an act's word, nor bombs dropped from aircraft", () => {
    expect(sitrepFamilies({ ...base, mode: "IED" }, "trg:ied-long+subject-object", rows)).toEqual([]);
    expect(sitrepFamilies({ ...base, mode: "IED", fatalities: { min: 2, max: 2, text: "two" } }, "trg:ied+subject-object", rows)).toEqual(["die"]);
    expect(sitrepFamilies({ ...base, mode: "explosives" }, "trg:bomb", rows)).toEqual([]);
    expect(sitrepFamilies({ ...base, mode: "IED" }, "trg:roadside-bomb+subject-object+merged:trg:attack", rows)).toEqual(["attack"]);
    expect(sitrepFamilies({ ...base, mode: "IED" }, "trg:roadside-bomb+coref:2", rows)).toEqual(["attack"]);
    expect(sitrepFamilies({ ...base, mode: "air-strike" }, "trg:bomb+sense:bombs-from-aircraft", rows)).toEqual(["attack"]);
    expect(sitrepFamilies({ ...base, mode: "IED" }, "trg:bomb-went-off", rows)).toEqual(["attack"]);
  });

  it("puts rape and sexual assault in injure, never in attack", () => {
    expect(sitrepFamilies({ ...base, mode: "sexual" }, "trg:rape+subject-object", rows)).toEqual(["injure"]);
    expect(sitrepFamilies({ ...base, mode: "sexual" }, "trg:sexual-assault", rows)).toEqual(["injure"]);
  });

  it("keeps destruction out of attack and in damage; arrests in arrest", () => {
    expect(sitrepFamilies({ ...base, mode: "destroy" }, "trg:vandalise", rows)).toEqual(["damage"]);
    expect(sitrepFamilies({ ...base, type: "COERCE", mode: "arrest" }, "trg:arrest", rows)).toEqual(["arrest"]);
    expect(sitrepFamilies({ ...base, type: "NONE", mode: null }, "x", rows)).toEqual([]);
  });

  it("keeps the destruction an attack took in, or whose mode an attack word replaced, in damage", () => {
    // "opened fire and destroyed houses": the attack absorbed the destruction (absorb-looting-into-attacks.ts).
    expect(sitrepFamilies(base, "trg:fighting+subject-object+absorbed:trg:vandalise", rows).sort()).toEqual(["attack", "damage"]);
    // "destroyed by artillery": the destruction word took the artillery's mode.
    expect(sitrepFamilies({ ...base, mode: "heavy-weapons" }, "trg:vandalise+passive+kind-from:trg:artillery", rows).sort()).toEqual(["attack", "damage"]);
    // Weapons destroyed after a seizure are no destruction of property, nor is an attack with no destruction word.
    expect(sitrepFamilies({ ...base, type: "COERCE", mode: "confiscate" }, "trg:weapons-seized+subject-object", rows)).toEqual([]);
    expect(sitrepFamilies(base, "trg:shooting+subject-object", rows)).toEqual(["attack"]);
  });

  it("puts a hijacking in robbery (AIDA's stealrobhijack), and no other abduction", () => {
    expect(sitrepFamilies({ ...base, mode: "abduct" }, "trg:hijack+subject-object", rows)).toEqual(["robbery"]);
    expect(sitrepFamilies({ ...base, mode: "abduct" }, "trg:abduct+subject-object", rows)).toEqual([]);
  });

  it("puts a coup in attack, as KAIROS and AIDA file it, and no other seizure", () => {
    expect(sitrepFamilies({ ...base, type: "COERCE", mode: "seize" }, "trg:coup+subject-object", rows)).toEqual(["attack"]);
    expect(sitrepFamilies({ ...base, type: "COERCE", mode: "seize" }, "trg:capture-place+subject-object", rows)).toEqual([]);
  });

  it("maps corpus types by prefix, exact label or wildcard, first row first", () => {
    expect(labelMatches("transaction.*.giftgrantprovideaid", "transaction.transfermoney.giftgrantprovideaid")).toBe(true);
    expect(labelMatches("transaction.*.giftgrantprovideaid", "transaction.transfermoney.purchase")).toBe(false);
    const we = loadCorpusMapping("wikievents-kairos.tsv");
    expect(corpusFamily(we, "Conflict.Attack.DetonateExplode")).toBe("attack");
    expect(corpusFamily(we, "Contact.Contact.Meet")).toBe("meet");
    expect(corpusFamily(we, "Contact.Contact.Broadcast")).toBeNull();
    expect(corpusFamily(we, "ArtifactExistence.DamageDestroyDisableDismantle.DisableDefuse")).toBeNull();
    expect(corpusRoleGroup(we, "Victim")).toBe("target");
    const rams = loadCorpusMapping("rams-aida.tsv");
    expect(corpusFamily(rams, "life.injure.illnessdegradationphysical")).toBeNull();
    expect(corpusFamily(rams, "life.injure.injurycausedbyviolentevents")).toBe("injure");
  });

  it("derives each family's argument groups from the corpus's type -> roles list", () => {
    const we = loadCorpusMapping("wikievents-kairos.tsv");
    const groups = familyGroups(we, new Map([["Conflict.Attack.Unspecified", ["Attacker", "Target", "Place", "Instrument"]], ["Contact.Contact.Meet", ["Participant", "Topic", "Place"]]]));
    expect([...groups.get("attack")!].sort()).toEqual(["actor", "instrument", "place", "target"]);
    expect([...groups.get("meet")!].sort()).toEqual(["participant", "place"]);
  });
});
