/**
 * An article written for this test (not from any corpus), with the founding article's kinds of
 * content in new words: an aid pledge, a meeting, arrests at a riot, a claimed suicide bombing with
 * casualties, an attack, a denial, a warning, an intention. Hand-made upstream layers as in
 * founding-article.test.ts. It guards against rules that only fit the founding article.
 */
import { describe, expect, it } from "vitest";
import { layer } from "../../src/core/index.js";
import { runEventsByHand } from "./annotate-by-hand.js";

const text = [
  "Pakistan has pledged to provide food and medicine to flood victims in Sindh.",
  "Foreign minister Ahmed Khan met his Afghan counterpart in Islamabad on Monday, officials said.",
  "Police arrested 12 people in Karachi after a rally turned violent.",
  "The Pakistani Taliban claimed a suicide bombing at a police station in Peshawar that killed at least 7 officers and wounded 15 others on Sunday.",
  "Militants also attacked a checkpoint in North Waziristan, killing two soldiers.",
  "The army said it did not shell villages near the border.",
  "The government warned the Pakistani Taliban against further attacks.",
  "Khan said Pakistan wanted to hold talks with the Afghan government in Kabul.",
].join(" ");

const doc = runEventsByHand(text, {
  actors: [
    { id: "pk", name: "Pakistan", kind: "country", country: "PK", mentions: ["Pakistan"] },
    { id: "pkgov", name: "Government of Pakistan", kind: "government", country: "PK", mentions: ["The government"] },
    { id: "khan", name: "Ahmed Khan", kind: "person", mentions: ["Foreign minister Ahmed Khan", "Khan"], affiliation: "pkgov" },
    { id: "ttp", name: "Tehrik-i-Taliban Pakistan", kind: "armed group", mentions: ["The Pakistani Taliban", "the Pakistani Taliban"] },
    { id: "afgov", name: "Government of Afghanistan", kind: "government", country: "AF", mentions: ["Afghan counterpart", "the Afghan government"] },
    { id: "police", name: "Police (Pakistan)", kind: "police", country: "PK", mentions: ["Police"] },
    { id: "army", name: "Military of Pakistan", kind: "military", country: "PK", mentions: ["The army"] },
  ],
  places: [
    { id: "sindh", text: "Sindh", kind: "admin1" },
    { id: "isb", text: "Islamabad", kind: "city" },
    { id: "khi", text: "Karachi", kind: "city" },
    { id: "pew", text: "Peshawar", kind: "city" },
    { id: "nw", text: "North Waziristan", kind: "admin2" },
    { id: "kbl", text: "Kabul", kind: "city" },
  ],
  dates: [
    { id: "mon", text: "on Monday", value: "2022-09-05" },
    { id: "sun", text: "on Sunday", value: "2022-09-04" },
  ],
});
const events = layer(doc, "event").map((e) => e.data);
const find = (trigger: RegExp) => events.find((e) => trigger.test(e.trigger.text));

describe("an unseen article of the same kinds", () => {
  it("codes the aid pledge as pledged, by Pakistan, in Sindh", () => {
    expect(find(/pledged/)).toMatchObject({ type: "AGREE", modality: "pledged", actor: "pk", place: "sindh" });
  });
  it("codes the meeting for the minister's government's state, in Islamabad on Monday", () => {
    expect(find(/^met$/)).toMatchObject({ type: "CONSULT", actor: "pk", target: "afgov", place: "isb", date: "mon" });
  });
  it("codes the arrests and the riot in Karachi", () => {
    expect(find(/arrested/)).toMatchObject({ type: "COERCE", mode: "arrest", actor: "police", place: "khi" });
    expect(find(/turned violent/)).toMatchObject({ type: "PROTEST", mode: "riot", place: "khi" });
  });
  it("codes the claimed suicide bombing with its bounds and its claimant", () => {
    expect(find(/suicide bombing/)).toMatchObject({
      type: "ASSAULT",
      mode: "suicide-attack",
      actor: "ttp",
      claimedBy: "ttp",
      place: "pew",
      date: "sun",
      fatalities: { min: 7, max: null },
      injuries: { min: 15, max: 15 },
    });
  });
  it("codes the checkpoint attack as an armed clash with two dead", () => {
    const e = find(/attacked/);
    expect(e).toMatchObject({ type: "ASSAULT", place: "nw", fatalities: { min: 2, max: 2 } });
    expect(e?.acled?.subEventType).toBe("Armed clash");
  });
  it("marks the denied shelling as negated", () => {
    expect(find(/shell/)).toMatchObject({ type: "ASSAULT", modality: "negated" });
  });
  it("codes the warning from the government's state to the Pakistani Taliban", () => {
    expect(find(/warned/)).toMatchObject({ type: "THREATEN", actor: "pk", target: "ttp" });
  });
  it("codes the wish for talks as intended", () => {
    expect(find(/hold talks/)).toMatchObject({ type: "CONSULT", modality: "intended", actor: "pk", target: "afgov", place: "kbl" });
  });
  it("marks what the warning warns against as hypothetical", () => {
    expect(find(/^attacks$/)?.modality).toBe("hypothetical");
  });
  it("emits at most one asserted event beyond the eight above (the flood is context)", () => {
    const expected = /pledged|^met$|arrested|turned violent|suicide bombing|attacked|shell|warned|hold talks/;
    const extra = events.filter((e) => e.modality === "asserted" && !e.background && !expected.test(e.trigger.text));
    expect(extra.length, extra.map((e) => `${e.type}:${e.trigger.text}`).join(" | ")).toBeLessThanOrEqual(1);
  });
});
