/**
 * Roles the clause gives that the names near the verb do not: a name with a description set off by
 * a comma before a passive verb ("X, an ISIL commander, was killed") is the undergoer; a bare
 * "coalition" is the coalition the text names, else the one fighting where the story happens
 * (data/lexicons/actors/theatres.tsv); "al-Kuwaiti" in a name is part of it, no nationality.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { layer } from "../../src/core/index.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";

function analyse(text: string) {
  const doc = analyzeArticle({ text, meta: { published: "2020-05-10", language: "en" } });
  const names = new Map(layer(doc, "actor").map((a) => [a.id, a.data.name]));
  const events = layer(doc, "event").map((e) => ({ trigger: e.data.trigger.text, actor: e.data.actor ? names.get(e.data.actor) ?? null : null, target: e.data.target ? names.get(e.data.target) ?? null : null }));
  return { events, actors: [...names.values()] };
}

describe("a name with its description before a passive verb", () => {
  it("is the undergoer, with or without the closing comma", () => {
    for (const text of [
      "Abu Hamza al-Masri, a senior militant commander, was killed by soldiers near Mosul, Iraq on Sunday.",
      "Abu Hamza al-Masri, a senior militant commander in Mosul was shot dead by soldiers on Sunday.",
    ]) {
      const { events } = analyse(text);
      // (The entity model may cut the name before "al-Masri".)
      expect(events.some((e) => e.target?.startsWith("Abu Hamza")), text).toBe(true);
    }
  });

  it("is no plural phrase after a fronted adjunct's name", () => {
    const { events } = analyse("According to the rebel radio station, Radio Libertad, the guerrilla fighters destroyed three helicopters in Morazan, El Salvador.");
    expect(events[0]?.actor).not.toBe("Radio Libertad");
  });

  it("leaves a preposition's place out: 'In Kabul, the police arrested'", () => {
    const { events } = analyse("In Kabul, the police arrested two men on Monday.");
    expect(events[0]?.actor).toBe("Police Forces of Afghanistan");
  });
});

describe("a bare coalition", () => {
  it("is the coalition of the story's theatre when the text names none", () => {
    expect(analyse("A coalition airstrike killed four militants near Raqqa, Syria on Monday.").events[0]?.actor).toBe("Global Coalition to Defeat ISIS");
    expect(analyse("The coalition bombed a market in Saada, Yemen, killing 20 people.").events[0]?.actor).toBe("Saudi-led coalition");
  });

  it("is the coalition the text names before any theatre's", () => {
    const { events } = analyse("The Arab Coalition for Peace said it would act. In Iraq, coalition aircraft bombed a bridge near Mosul.");
    expect(events.find((e) => e.trigger.includes("bombed"))?.actor).not.toBe("Global Coalition to Defeat ISIS");
  });

  it("is nobody where no coalition fights, and never a coalition government", () => {
    expect(analyse("A coalition airstrike hit a depot near Lyon, France.").actors).not.toContain("Global Coalition to Defeat ISIS");
    expect(analyse("Allawi formed a coalition government in Baghdad, Iraq.").actors).not.toContain("Global Coalition to Defeat ISIS");
  });
});

describe("communities named in communal violence", () => {
  it("are the parties: 'rustlers from the Pokot tribe attacked the Samburu tribe'", () => {
    const e = analyse("Raiders from the Turkana community attacked the Pokot tribe near Lokichar, Kenya.").events[0];
    expect(e).toMatchObject({ actor: "Turkana", target: "Pokot" });
    expect(analyse("Nuer youths attacked a Dinka village near Bor, South Sudan.").events[0]).toMatchObject({ actor: "Nuer", target: "Dinka" });
  });
});

describe("a nisba in a name", () => {
  it("is part of the name, not the country's people", () => {
    const { actors } = analyse("Abu Ayyub al-Masri was killed in Iraq.");
    expect(actors).toContain("Abu Ayyub al-Masri");
    expect(actors).not.toContain("Egyptians");
  });
});

describe("a name set off after a post-modified description of the subject", () => {
  it("is the doer the description names", () => {
    const { events } = analyse("The head of the infectious diseases department at the Hospital Universitario de Caracas, Maria Eugenia Landaeta, called on the government today to declare an emergency.");
    expect(events.find((e) => e.trigger === "called on")?.actor).toBe("Maria Eugenia Landaeta");
    // (A visit is an event only where its clause anchors it: "Calgary-based" is no place of it, so the sentence names a date.)
    expect(analyse("The town's partner in the project, Calgary-based Epoch Energy, visited some of those sites last week.").events.find((e) => e.trigger === "visited")?.actor).toBe("Epoch Energy");
  });
});
