/**
 * Tolls, doers and sides in incident-note sentences as ACLED's coders write them: a death told by its subject
 * alone a sentence after the attack, a comma participle after an act aimed at something, a riot's death told
 * apart, a side's bracketed short name, the followers of a leader. Sentences written for these tests in the
 * style of conflict-event notes (no eval corpus or incident-notes set text).
 */
import { describe, expect, it } from "vitest";
import { layer } from "../../src/core/index.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";

function events(text: string) {
  const doc = analyzeArticle({ text, meta: { published: "2023-06-01", language: "en" } });
  const actors = new Map(layer(doc, "actor").map((a) => [a.id, a.data.name]));
  return layer(doc, "event").map((e) => ({
    trigger: e.data.trigger.text,
    actor: e.data.actor ? actors.get(e.data.actor) ?? null : null,
    dead: e.data.fatalities?.min ?? null,
    rowDead: e.data.acled?.fatalities ?? e.data.fatalities?.min ?? null,
    acledActor1: e.data.acled?.actor1 ?? null,
  }));
}

describe("a death told by its subject alone", () => {
  it("counts one when a wound or 'later' ties it to the attack before", () => {
    expect(events("On 2 March 2022, gunmen shot a trader near Kisumu. The trader died of his wounds.")[0]).toMatchObject({ dead: 1 });
    expect(events("On 2 March 2022, gunmen shot a trader near Kisumu. He later died in hospital.")[0]).toMatchObject({ dead: 1 });
  });

  it("counts no one for a death with nothing tying it to the attack, nor for 'succumbed to pressure'", () => {
    expect(events("On 2 March 2022, gunmen shot a trader near Kisumu. The governor died in 2015.")[0]).toMatchObject({ dead: null });
    expect(events("On 2 March 2022, gunmen shot a trader near Kisumu. Two ministers succumbed to pressure and resigned.")[0]).toMatchObject({ dead: null });
  });

  it("reads 'succumbed to their injuries' as deaths", () => {
    expect(events("On 2 March 2022, gunmen attacked a minibus near Kisumu. Three passengers later succumbed to their injuries.")[0]).toMatchObject({ dead: 3 });
  });
});

describe("a death told beside a taking in the next sentence", () => {
  it("is the toll of the attack before, not the looting's", () => {
    const e = events("On 9 June 2021, suspected ADF militants attacked Oicha (Beni, Nord-Kivu). 4 civilians were killed and the attackers looted shops.");
    expect(e[0]).toMatchObject({ trigger: "attacked", dead: 4 });
  });
});

describe("a comma participle's dead", () => {
  it("are the main act's, not those of an act it was aimed at or of the crowd it hit", () => {
    const e = events("On 4 April 2021, soldiers opened fire on a mob that tried to storm the district office in Gulu to free a detainee, killing 6 people.");
    expect(e[0]).toMatchObject({ trigger: "opened fire", dead: 6 });
  });
});

describe("a riot's death told in the next sentence", () => {
  it("goes to the riot's row", () => {
    const e = events("On 7 July 2021, rioters clashed with police in Kisumu. A teenager was shot dead.");
    expect(e[0]).toMatchObject({ rowDead: 1 });
  });
});

describe("a side's bracketed short name", () => {
  it("does not end a 'between' pair nor a list of doers", () => {
    expect(events("On 5 May 2022, clashes between the Popular Mobilization Forces (PMF) and Kurdish Peshmerga fighters in Sinjar left 4 dead.")[0]?.actor).toMatch(/Popular Mobilization/);
    expect(events("On 5 May 2022, Military Forces of Mali (FAMa) and Wagner Group mercenaries attacked Moura.")[0]?.actor).toMatch(/Mali/);
  });
});

describe("the followers of a leader", () => {
  it("are the doers, not the leader; their wrecking is mob violence by rioters", () => {
    const e = events("On 6 June 2022, supporters of opposition leader Raila Odinga stormed and vandalised a polling centre in Kisumu.")[0]!;
    expect(e.actor).not.toMatch(/Odinga/);
    expect(e.acledActor1).toMatch(/^Rioters/);
  });
});
