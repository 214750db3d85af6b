/**
 * A definite re-mention of an attack ("the blast", "the explosion") told paragraphs after it is the
 * same happening, even when a verb around it carries negation or intent ("no group has claimed the
 * blast", "wanted in connection with the explosion"): the description presupposes the attack. It
 * joins only the attack told last: with another attack in between, it stays apart.
 */
import { describe, expect, it } from "vitest";
import { extractEventsByHand } from "./annotate-by-hand.js";

const places = [
  { id: "mar", text: "Marseille", kind: "city" as const },
  { id: "nic", text: "Nice", kind: "city" as const },
];

const assaultsOf = (text: string) => extractEventsByHand(text, { places }).filter((e) => e.data.type === "ASSAULT" && !e.data.background);

describe("a presupposed re-mention", () => {
  it("joins the attack when a negated verb governs it", () => {
    const text = "A parcel bomb exploded outside a pharmacy in Marseille, wounding six people. No group has claimed responsibility for the blast.";
    const [e, ...rest] = assaultsOf(text);
    expect(rest).toHaveLength(0);
    expect(e!.data.modality).toBe("asserted");
    expect(e!.data.mentions!.map((m) => m.trigger.text)).toContain("blast");
  });
  it("joins the attack when a verb of intent governs it", () => {
    const text = "A parcel bomb exploded outside a pharmacy in Marseille, wounding six people. Police released a photo of a cyclist wanted in connection with the explosion.";
    const [e, ...rest] = assaultsOf(text);
    expect(rest).toHaveLength(0);
    expect(e!.data.mentions!.map((m) => m.trigger.text)).toContain("explosion");
  });
  it("joins the attack told after it, and takes its modality", () => {
    const text = "Police questioned two men suspected of carrying out the Marseille bombing. The parcel bomb exploded outside a pharmacy in Marseille on Friday, wounding six people.";
    const [e, ...rest] = assaultsOf(text);
    expect(rest).toHaveLength(0);
    expect(e!.data.modality).toBe("asserted");
    expect(e!.data.mentions!.map((m) => m.trigger.text)).toContain("bombing");
  });
  it("joins the attack when the verb governing it is told as background ('had at the time suspected the brothers of being involved in the blast')", () => {
    const text = "A parcel bomb exploded outside a pharmacy in Marseille, wounding six people. The lawyer asked whether his client had at the time suspected the brothers of being involved in the blast.";
    const all = extractEventsByHand(text, { places }).filter((e) => e.data.type === "ASSAULT");
    expect(all).toHaveLength(1);
    expect(all[0]!.data.background).toBe(false);
    expect(all[0]!.data.mentions!.map((m) => m.trigger.text)).toContain("blast");
  });
  it("keeps its own modality when nothing asserted was told before it", () => {
    const text = "Police said gunmen could attack the festival in Nice. Officers are preparing for the attack.";
    expect(assaultsOf(text).every((e) => e.data.modality !== "asserted")).toBe(true);
  });
});

describe("a definite re-mention paragraphs later", () => {
  const filler = "Shops closed early. Trams stopped running. Schools sent pupils home. The mayor cut short a trip. Parents queued at the gates. Roads were shut for hours. Many flights were delayed. Hotels emptied. The markets fell. Fans left the stadium. A concert was called off. Residents stayed indoors.";
  it("reaches back to the attack told last", () => {
    const text = `A parcel bomb exploded outside a pharmacy in Marseille, wounding six people. ${filler} Investigators are still studying the explosion.`;
    const [e, ...rest] = assaultsOf(text);
    expect(rest).toHaveLength(0);
    expect(e!.data.mentions!.map((m) => m.trigger.text)).toContain("explosion");
  });
  it("counts a possessive or a named noun phrase as definite ('Friday's parcel bombing', 'the Marseille explosion')", () => {
    for (const again of ["Investigators are still studying Friday's parcel bombing.", "Investigators are still studying the Marseille explosion."]) {
      const [e, ...rest] = assaultsOf(`A parcel bomb exploded outside a pharmacy in Marseille, wounding six people. ${filler} ${again}`);
      expect(rest).toHaveLength(0);
      expect(e!.data.mentions!.map((m) => m.evidence.text)).toContain(again);
    }
  });
  it("does not reach past another attack told in between", () => {
    const text = `A parcel bomb exploded outside a pharmacy in Marseille, wounding six people. ${filler} Gunmen opened fire on a bar in Nice, killing two. Investigators are still studying the explosion.`;
    const assaults = assaultsOf(text);
    const first = assaults.find((e) => e.data.mentions!.some((m) => m.evidence.text.includes("pharmacy")))!;
    expect(first.data.mentions!.map((m) => m.trigger.text)).not.toContain("explosion");
  });
});

describe("an attack named only as the topic of another event", () => {
  const filler = "Shops closed early. Trams stopped running. Schools sent pupils home. The mayor cut short a trip. Parents queued at the gates. Roads were shut for hours. Many flights were delayed. Hotels emptied. The markets fell. Fans left the stadium. A concert was called off. Residents stayed indoors.";
  it("is no new attack when police arrest people in connection with it", () => {
    const text = `Gunmen opened fire on a bar in Nice, killing two. ${filler} Police in Marseille arrested three men in connection with the shooting.`;
    const attacks = assaultsOf(text);
    expect(attacks).toHaveLength(1);
    expect(extractEventsByHand(text, { places }).some((e) => e.data.type === "COERCE")).toBe(true);
  });
  it("stays the only report of an attack when the article tells no other", () => {
    const text = "Police in Marseille arrested three men in connection with the shooting.";
    expect(assaultsOf(text)).toHaveLength(1);
  });
});
