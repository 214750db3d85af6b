import type { ArticleScore } from "./article-scorer.js";
import { scoreGoldArticle } from "./score-gold-article.js";
import { prf } from "./metrics.js";
import { formatTable, pct, type EvalOptions, type EvalResult } from "./report.js";
import { withSampledErrors } from "./sampled-errors.js";

/** `sitrep eval seed <folder>`: the per-field report for one article with hand-made gold. */
export async function scoreSeed(opts: EvalOptions): Promise<EvalResult> {
  const { score } = scoreGoldArticle(opts.path);
  const ev = score.events;
  // Events as detection: a gold event found with an accepted type is a hit; spurious events
  // (not background, not negated) are false positives.
  const events = prf(ev.found, ev.spurious, ev.total - ev.found);
  return withSampledErrors({
    task: "seed",
    data: opts.path,
    n: ev.total,
    precision: events.precision,
    recall: events.recall,
    f1: events.f1,
    table: renderArticleScore(score),
    eventsFound: ev.found,
    eventsAllFieldsOk: ev.allFieldsOk,
    eventsSpurious: ev.spurious,
    quotesSpeakerOk: score.quotes.speakerOk,
    quotesTotal: score.quotes.total,
    placesResolved: score.places.resolved,
    placesTotal: score.places.total,
    datesOk: score.dates.ok,
    datesTotal: score.dates.total,
    boilerplateRemoved: score.boilerplate.removed,
    boilerplateTotal: score.boilerplate.total,
    notEventViolations: score.notEvents.violations.length,
  }, score.errors.map((e) => ({ ...e, doc: "seed" })), opts);
}

export function renderArticleScore(s: ArticleScore): string {
  const rows: (string | number)[][] = [
    ["boilerplate removed", `${s.boilerplate.removed}/${s.boilerplate.total}`, s.boilerplate.missed.join(" | ")],
    ["quotes found", `${s.quotes.found}/${s.quotes.total}`, `${s.quotes.predicted} predicted`],
    ["quotes, right speaker", `${s.quotes.speakerOk}/${s.quotes.total}`, s.quotes.misses.join(" | ")],
    ["quotes, right cue", `${s.quotes.cueOk}/${s.quotes.total}`, ""],
    ["places resolved", `${s.places.resolved}/${s.places.total}`, s.places.misses.join(" | ")],
    ["dates right", `${s.dates.ok}/${s.dates.total}`, s.dates.misses.join(" | ")],
    ["entity mentions found", `${s.entities.mentionsFound}/${s.entities.mentions}`, `typed right: ${pct(s.entities.mentions ? s.entities.mentionsTyped / s.entities.mentions : 0)}%`],
    ["events found (accepted type)", `${s.events.found}/${s.events.total}`, `${s.events.predicted} predicted`],
    ["events, every field right", `${s.events.allFieldsOk}/${s.events.total}`, ""],
    ["spurious events", s.events.spurious, s.events.spuriousEvidence.join(" | ")],
    ["not-events violated", `${s.notEvents.violations.length}/${s.notEvents.total}`, s.notEvents.violations.join(" | ")],
  ];
  const eventRows = s.events.checks.map((c) => [
    c.id,
    c.found ? (c.allFieldsOk ? "all right" : "found") : "missed",
    c.fields.filter((f) => !f.ok).map((f) => `${f.field}: got ${JSON.stringify(f.got)}, want ${JSON.stringify(f.expected)}`).join("; "),
  ]);
  return `${formatTable(["field", "score", "notes"], rows)}\n\n${formatTable(["gold event", "result", "wrong fields"], eventRows)}`;
}
