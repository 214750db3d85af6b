/** The event's participant words reach the document JSON (docs/output.md: actorPhrase, targetPhrase, placePhrase, victims). */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";
import { documentJsonSchema } from "../../src/app/present/document-schema.js";

describe("participant words in the document JSON", () => {
  it("gives the doer, the undergoer and the dead in the clause's words, with offsets into the text", async () => {
    const text = "Gunmen killed three villagers in Kano on Monday.";
    const doc = await extractDocument({ text }, { published: "2020-05-04" });
    const [e] = doc.events;
    expect(e?.actorPhrase?.text).toBe("Gunmen");
    expect(e?.targetPhrase?.head).toBe("villagers");
    expect(e?.victims?.dead?.text).toBe("three villagers");
    for (const p of [e?.actorPhrase, e?.targetPhrase, e?.victims?.dead]) expect(text.slice(p!.start, p!.end)).toBe(p!.text);
    expect(documentJsonSchema.safeParse(doc).success).toBe(true);
  });

  it("gives the site the clause puts the event at", async () => {
    const doc = await extractDocument({ text: "Unknown men shot dead three villagers in a remote village near Kano on Monday." }, { published: "2020-05-04" });
    expect(doc.events[0]?.placePhrase?.head).toBe("village");
  });
});
