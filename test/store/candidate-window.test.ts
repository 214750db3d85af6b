import { describe, expect, it } from "vitest";
import { matchesFilter, pickSortedCandidatesOfTwo, sortCandidateRows, type CandidateFilter, type CandidateRow } from "../../src/store/candidate-window.js";
import { addDays, daysApart } from "../../src/store/day-span.js";

const byDayId = (a: CandidateRow, b: CandidateRow) => ((a.day ?? "") < (b.day ?? "") ? -1 : (a.day ?? "") > (b.day ?? "") ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The candidate statement's meaning, written out plainly: the reference the pick must equal. */
function reference(rows: readonly CandidateRow[], filter: CandidateFilter): string[] {
  const passing = rows.filter((r) => matchesFilter(r, filter));
  const { span, days, limit } = filter;
  if (!span) return passing.filter((r) => r.day === null).sort(byDayId).slice(0, limit).map((r) => r.id);
  const later = passing.filter((r) => r.day !== null && r.day >= span[0] && r.day <= addDays(span[1], days)).sort(byDayId).slice(0, limit);
  const earlier = passing.filter((r) => r.day !== null && r.day < span[0] && r.day >= addDays(span[0], -days)).sort((a, b) => byDayId(b, a)).slice(0, limit);
  return [...later, ...earlier]
    .sort((a, b) => daysApart(span, a.day) - daysApart(span, b.day) || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((r) => r.id);
}

/** A small deterministic generator (the test must not depend on Math.random). */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TYPES = ["ASSAULT", "PROTEST", "ARREST"];
const COUNTRIES = [null, "IN", "PK"];

function day(n: number): string {
  return new Date(Date.UTC(2002, 2, 1 + n)).toISOString().slice(0, 10);
}

function rowsOf(random: () => number, count: number, prefix: string): CandidateRow[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${String(Math.floor(random() * 1e6)).padStart(6, "0")}${i}`,
    // Many on a few days (a day of news holds most events), some with no day.
    day: random() < 0.1 ? null : day(Math.floor(random() * random() * 30)),
    type: TYPES[Math.floor(random() * TYPES.length)]!,
    country: COUNTRIES[Math.floor(random() * COUNTRIES.length)]!,
    version: "v",
  }));
}

describe("the candidate pick over an article's rows and the rows it changed", () => {
  it("picks what the one merged list would give, for every kind of filter", () => {
    const random = generator(8006);
    for (let round = 0; round < 300; round++) {
      const stored = sortCandidateRows(rowsOf(random, Math.floor(random() * 400), "E"));
      // Some stored events are held in memory, changed: their stored rows are replaced by those in memory.
      const changed = stored.filter(() => random() < 0.05).map((r) => ({ ...r, day: random() < 0.5 ? r.day : day(Math.floor(random() * 30)), version: "" }));
      const fresh = rowsOf(random, Math.floor(random() * 6), "F");
      const inMemory = sortCandidateRows([...changed, ...fresh]);
      const replaced = new Set(changed.map((r) => r.id));
      const first = Math.floor(random() * 30);
      const filter: CandidateFilter = {
        span: random() < 0.1 ? null : [day(first), day(first + Math.floor(random() * 3))],
        days: Math.floor(random() * 8),
        limit: 1 + Math.floor(random() * 60),
        types: random() < 0.5 ? null : TYPES.filter(() => random() < 0.6),
        country: random() < 0.5 ? null : "IN",
      };
      const merged = [...stored.filter((r) => !replaced.has(r.id)), ...inMemory];
      const expected = reference(merged, filter);
      expect(pickSortedCandidatesOfTwo(stored, (r) => replaced.has(r.id), inMemory, filter).map((r) => r.id)).toEqual(expected);
    }
  });
});

describe("addDays (remembers the days it has shifted)", () => {
  it("gives the calendar's day for every day and shift, also once its memo has been emptied", () => {
    const byDate = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    // 6,000 consecutive days (leap years, month ends) twice: more than the memo keeps for one shift.
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < 6000; i++) {
        const day = byDate("1999-12-25", i);
        for (const n of [-7, 7, 0, 31]) expect(addDays(day, n)).toBe(byDate(day, n));
      }
    }
    expect(() => addDays("not a day", 7)).toThrow();
  });
});
