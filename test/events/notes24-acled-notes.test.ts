/** Incident notes in ACLED's own terse style read by notes24's rules (sentences written for these tests, not taken from any corpus or set). */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

const note = (text: string) => extractDocument({ text }, { published: "2026-04-20" });

describe("ACLED-style incident notes (notes24)", () => {
  it("reads a state's forces named with ACLED's period bracket as the doer, in the opening sentence too", async () => {
    // The bracket's dash is no dateline's dash: the name before it stays a party.
    const killed = await note("On 3 April 2026, Military Forces of Sudan (2019-) killed 4 civilians, including a child, and burned houses in Tawila (Tawila, North Darfur).");
    expect(killed.events[0]?.acled?.actor1).toBe("Military Forces of Sudan");
    // "struck X in Y (district, province) with a missile": the weapon's verb is found past the place's bracket.
    const struck = await note("On 3 April 2026, Military Forces of Russia (2000-) struck a school in Kharkiv (Kharkivska, Kharkivskyi, Kharkiv) with a missile, killing 5 civilians.");
    expect(struck.events[0]?.acled?.actor1).toBe("Military Forces of Russia");
  });

  it("takes the first item of a subject list for a verb joined by 'and', past an 'allied' the tagger read as a verb", async () => {
    const doc = await note("On 5 April 2026, Rapid Support Forces and allied Arab militias stormed Kutum (Kutum, North Darfur) and clashed with local self-defence groups.");
    expect(doc.events[0]?.acled?.actor1).toBe("Rapid Support Forces");
  });

  it("reads a country in brackets after a party's name as ACLED's qualifier, not a claimant", async () => {
    const doc = await note("On 6 April 2026, a bomb exploded at a market in Jalalabad (Jalalabad, Nangarhar), killing 7 people. Islamic State (Afghanistan) claimed the attack.");
    expect(doc.events[0]?.acled?.actor1).toBe("Islamic State");
  });

  it("reads stones thrown at an embassy as a riot, not an expulsion", async () => {
    const doc = await note("On 7 April 2026, demonstrators threw stones at the French embassy in Niamey (Niamey, Niamey). [size=no report]");
    expect(doc.events[0]?.type).toBe("PROTEST");
  });

  it("knows ACLED's spellings of CODECO's and the PDF's names", async () => {
    const codeco = await note("On 8 April 2026, CODECO: Cooperative for Development of Congo militants attacked Largu village (Djugu, Ituri), killing 6 civilians.");
    expect(codeco.events[0]?.acled?.actor1).toBe("CODECO");
    const pdf = await note("On 8 April 2026, PDF: People's Defence Force fighters ambushed a military convoy near Kani (Kani, Sagaing).");
    expect(pdf.actors.some((a) => a.acledName === "People's Defense Force")).toBe(true);
  });

  it("dates the event, not the report, in 'As reported on X, on Y, ...'", async () => {
    const doc = await note("As reported on 12 April 2026, on 9 April 2026, unidentified gunmen killed a trader near Kidal (Kidal, Kidal).");
    expect(doc.dates.find((d) => d.id === doc.events[0]?.date)?.value).toBe("2026-04-09");
    // With no other calendar date, the report's is all the note gives.
    const only = await note("As reported on 12 April 2026, unidentified gunmen killed a trader near Kidal (Kidal, Kidal).");
    expect(only.dates.find((d) => d.id === only.events[0]?.date)?.value).toBe("2026-04-12");
  });

  it("reads the coder's 'Fatalities coded as N'", async () => {
    const doc = await note("On 9 April 2026, JNIM militants attacked a VDP post near Djibasso (Djibasso, Kossi). Fatalities coded as 12 as reports vary between 12 and 30.");
    expect(doc.events[0]?.fatalities?.min).toBe(12);
  });

  it("keeps the lowest figure when other reports give a higher toll", async () => {
    const doc = await note("On 10 April 2026, an air strike hit a market in Depayin (Depayin, Sagaing), killing at least 40 people; other reports put the toll at 70.");
    expect(doc.events[0]?.fatalities?.min).toBe(40);
    // A toll that rises later is a revision, not another source.
    const revised = await note("On 10 April 2026, an air strike hit a market in Depayin (Depayin, Sagaing), killing at least 40 people. The toll later rose to 70.");
    expect(revised.events[0]?.fatalities?.min).toBe(70);
  });

  it("counts named victims listed with their own titles", async () => {
    const doc = await note("On 11 April 2026, unidentified armed men killed journalist Ana Souza and teacher Paulo Lima near Tabatinga (Tabatinga, Amazonas).");
    expect(doc.events[0]?.fatalities?.min).toBe(2);
  });

  it("gives the dead of live fire to the firing, not to tear gas or to what the crowd fired on was protesting", async () => {
    const doc = await note("On 12 April 2026, Police Forces of Kenya fired live ammunition and tear gas at protesters denouncing the tax increase in Mlolongo (Mavoko, Machakos), killing 3 people.");
    const firing = doc.events.find((e) => e.type === "ASSAULT");
    expect(firing?.fatalities?.min).toBe(3);
  });
});

describe("ACLED-style incident notes: places (notes24)", () => {
  it("takes the bracket's district as the place of a name the gazetteer lacks, whatever the tagger made of it", async () => {
    const doc = await note("On 14 April 2026, Military Forces of Somalia (2022-) took control of Harardhere (Xarardheere, Mudug) after Al Shabaab withdrew.");
    const place = doc.places.find((p) => p.id === doc.events[0]?.place);
    // The bracket is read as the note's place line (notes25): the event keeps the text's name, enclosed by the district
    // and at its point; before, the district itself stood in for it.
    const district = doc.places.find((p) => p.name === "Xarardheere");
    expect(district).toBeDefined();
    expect([place?.lat, place?.lon]).toEqual([district?.lat, district?.lon]);
  });
});

describe("ACLED-style incident notes: a side's own dead (notes24)", () => {
  it("counts the fighters a side 'lost' with the other side's dead, and no jobs or seats", async () => {
    const doc = await note("On 15 April 2026, Taliban militants attacked police posts in Gereshk (Nahr-e Saraj, Helmand); 4 policemen were killed and the Taliban lost 9 fighters.");
    expect(doc.events[0]?.fatalities?.min).toBe(13);
    const jobs = await note("On 15 April 2026, gunmen attacked a factory in Kano (Kano Municipal, Kano); the company lost 300 jobs and 2 guards were killed.");
    expect(jobs.events[0]?.fatalities?.min).toBe(2);
  });
});
