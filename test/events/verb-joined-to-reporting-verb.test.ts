/**
 * A verb after "and" behind a reported clause: joined to the reporting verb when the reported clause's
 * verb group cannot take it in (find-role-phrases.ts joinedReportingVerb), to the reported verb otherwise.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

async function doerOf(text: string, trigger: string): Promise<string | null> {
  const doc = await extractDocument({ text }, { published: "2019-06-01" });
  const e = doc.events.find((x) => x.trigger?.text === trigger || x.mentions?.some((m) => m.trigger?.text === trigger));
  if (!e) throw new Error(`no event "${trigger}" in: ${text}`);
  return doc.actors.find((a) => a.id === e.actor)?.name ?? null;
}

describe("a verb joined after a reported clause", () => {
  it("is the reporting verb's when the reported verb group takes no past verb (a modal, a progressive)", async () => {
    expect(await doerOf("Police said the gunmen would flee and arrested two men.", "arrested")).toMatch(/^Police/);
    expect(await doerOf("Police said the gunmen were fleeing and arrested two men.", "arrested")).toMatch(/^Police/);
    expect(await doerOf("Police said the gunmen live nearby and arrested two men.", "arrested")).toMatch(/^Police/);
  });

  it("is out of the reported clause's modal: the arrest is told as done", async () => {
    const doc = await extractDocument({ text: "Police said the gunmen would flee and arrested two men." }, { published: "2019-06-01" });
    expect(doc.events.find((e) => e.trigger?.text === "arrested")?.modality).toBe("asserted");
  });

  it("stays in the reported clause when its auxiliary or tense scopes both verbs", async () => {
    expect(await doerOf("Police said the gunmen had entered the house and killed three people.", "killed")).toMatch(/^Unidentified Armed Group/);
    expect(await doerOf("Police said militants abducted a chief and killed two guards.", "killed")).toMatch(/^Unidentified Armed Group/);
  });
});
