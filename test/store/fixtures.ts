/**
 * Store fixtures built from real pipeline output: committed example and golden articles run through
 * extractDocument and the corpus's reportEvents/reportQuotes, never hand-written rows. Also simple assign
 * rules for the tests that must not depend on the identity rule's details.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { extractDocument } from "../../src/index.js";
import { reportEvents, reportQuotes, outletOf } from "../../src/corpus/report-events.js";
import { summarizeEvent } from "../../src/corpus/identity/summarize-event.js";
import type { ArticleAnalysis, AssignReports } from "../../src/store/store.js";

export const PIPELINE = "test-pipeline-1";

/** A 64-bit SimHash of word 3-shingles, for fixtures (the ingest helper owns the real one). */
export function fixtureSimhash(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const weights = new Array<number>(64).fill(0);
  for (let i = 0; i + 2 < words.length; i++) {
    const h = createHash("sha256").update(words.slice(i, i + 3).join(" ")).digest();
    for (let b = 0; b < 64; b++) weights[b]! += (h[b >> 3]! >> (b & 7)) & 1 ? 1 : -1;
  }
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let v = 0;
    for (let k = 0; k < 4; k++) if (weights[nibble * 4 + k]! > 0) v |= 1 << k;
    hex += v.toString(16);
  }
  return hex;
}

export async function analysisOf(id: string, text: string, meta: { published: string; url?: string; siteName?: string; title?: string }): Promise<ArticleAnalysis> {
  const document = await extractDocument({
    text,
    meta: { published: meta.published, ...(meta.url ? { url: meta.url } : {}), ...(meta.title ? { title: meta.title } : {}), ...(meta.siteName ? { siteName: meta.siteName } : {}) },
  });
  return {
    article: {
      id,
      url: meta.url ?? null,
      outlet: outletOf(document.meta),
      title: meta.title ?? document.meta.title ?? null,
      published: meta.published,
      contentHash: createHash("sha256").update(document.text).digest("hex"),
      simhash: fixtureSimhash(document.text),
      duplicateOf: null,
      pipelineVersion: PIPELINE,
    },
    document,
    reports: reportEvents(document, id, PIPELINE),
    quotes: reportQuotes(document, id),
  };
}

function golden(name: string): { text: string; published: string } {
  const gold = JSON.parse(readFileSync(new URL(`../golden/${name}/gold.json`, import.meta.url), "utf8")) as { published: string };
  return { text: readFileSync(new URL(`../golden/${name}/article.txt`, import.meta.url), "utf8"), published: gold.published };
}

export interface Fixtures {
  founding: ArticleAnalysis;
  acapulco: ArticleAnalysis;
  kenya: ArticleAnalysis;
  baghdad: ArticleAnalysis;
  /** The Acapulco story re-published by another outlet with a line added: the same events, other source. */
  acapulcoCopy: ArticleAnalysis;
}

export async function buildFixtures(): Promise<Fixtures> {
  const founding = readFileSync(new URL("../../examples/founding-article.txt", import.meta.url), "utf8");
  const aca = golden("wn-acapulco-shootout-2009");
  const ken = golden("wn-kenya-cattle-raid-2009");
  const bag = golden("state-baghdad-attacks-2017");
  return {
    founding: await analysisOf("founding", founding, { published: "2021-10-10", url: "https://example.org/doha-talks", siteName: "Example News", title: "US and Taliban meet in Doha" }),
    acapulco: await analysisOf("acapulco", aca.text, { published: aca.published, url: "https://en.wikinews.org/wiki/Acapulco_shootout", title: "Shootout in Acapulco" }),
    kenya: await analysisOf("kenya", ken.text, { published: ken.published, url: "https://en.wikinews.org/wiki/Kenya_cattle_raid", title: "Cattle raid in Kenya" }),
    baghdad: await analysisOf("baghdad", bag.text, { published: bag.published, url: "https://www.state.gov/baghdad", title: "Attacks in Baghdad" }),
    acapulcoCopy: await analysisOf("acapulco-copy", `${aca.text}\n\nLocal newspapers carried the story of the shootout on their front pages.`, {
      published: aca.published,
      url: "https://mirror.example.com/acapulco",
      title: "Acapulco shootout (mirror)",
    }),
  };
}

// ---- summarize and assign for the store's own tests ---------------------------------------------

/** The store's own summary of an event's reports; the tests that must not depend on the identity rule pass their own assign. */
export const plainSummarize = summarizeEvent;

/** Joins the candidate holding a report with the same type and the same evidence sentence (re-publications). */
export const sameEvidenceAssign: AssignReports = (report, candidates) => {
  for (const event of candidates) {
    const match = event.reports.find((r) => r.type === report.type && r.evidence.text === report.evidence.text && r.articleId !== report.articleId);
    if (match) return { eventId: event.id, explanation: { report: report.key, matched: match.key, score: 1, fields: { type: `same (${report.type})`, evidence: "same sentence" }, by: "identity" } };
  }
  return null;
};

/** Every report an event of its own. */
export const neverAssign: AssignReports = () => null;

/** Six golden articles of violence and protest whose reports the identity rule merges across outlets. */
export const RETOLD_GOLDEN = ["wn-acapulco-shootout-2009", "wn-kenya-cattle-raid-2009", "state-baghdad-attacks-2017", "wn-delmas-typhoid-protest-2005", "wn-seoul-beef-protests-2008", "state-jabla-tartus-2016"];

/** A golden article's text and publication date. */
export function goldenArticle(name: string): { text: string; published: string } {
  const text = readFileSync(new URL(`../golden/${name}/article.txt`, import.meta.url), "utf8");
  const { published } = JSON.parse(readFileSync(new URL(`../golden/${name}/gold.json`, import.meta.url), "utf8")) as { published: string };
  return { text, published };
}

/**
 * Each of RETOLD_GOLDEN as a first outlet published it, then retold a day later by a second outlet with
 * a line of its own: the identity rule joins the retelling's reports to the first telling's events.
 */
export async function goldenAndRetold(): Promise<ArticleAnalysis[]> {
  const analyses: ArticleAnalysis[] = [];
  for (const name of RETOLD_GOLDEN) {
    const { text, published } = goldenArticle(name);
    analyses.push(await analysisOf(name, text, { published, url: `https://first.example/${name}`, siteName: "First" }));
    const later = new Date(Date.parse(published.slice(0, 10)) + 86_400_000).toISOString().slice(0, 10);
    analyses.push(await analysisOf(`${name}-retold`, `${text}\n\nThe story was also carried by regional papers.`, { published: later, url: `https://second.example/${name}`, siteName: "Second" }));
  }
  return analyses;
}
