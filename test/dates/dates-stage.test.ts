import { describe, expect, it } from "vitest";
import { expectDate, expectDateIn, expectNoDate, findDates } from "./expect-date.js";

// The founding article's dateline: Sunday 10 October 2021.
const SUNDAY = "2021-10-10";
const MONDAY = "2021-10-11";

describe("a weekday named with its calendar day", () => {
  it("takes the day written after it ('Sunday (16 February)'), not the weekday nearest the dateline", () => {
    expectDateIn("In the early hours of Sunday (16 February), a drone struck a depot.", "2025-04-20", "Sunday", { value: "2025-02-16" });
  });
  it("moves a day written without its year to the latest earlier year in which it falls on that weekday", () => {
    expectDateIn("He was attacked on Wednesday (April 4th) in Beverly Hills.", SUNDAY, "Wednesday", { value: "2018-04-04" });
    expectDateIn("He was attacked on Wednesday (April 4th) in Beverly Hills.", SUNDAY, "April 4th", { value: "2018-04-04" });
  });
});

describe("weekdays lean to the past of the dateline", () => {
  it("reads 'on Friday' in a Sunday paper as two days before, without the preposition", () => {
    expectDate("A bombing left 60 people dead on Friday.", SUNDAY, { text: "Friday", value: "2021-10-08", precision: "day", relative: true, timexType: "DATE" });
  });
  it("reads a weekday that is the dateline's own as that very day", () => {
    expectDate("The minister spoke on Monday.", MONDAY, { value: "2021-10-11" });
    expectDate("The minister spoke on Sunday.", SUNDAY, { value: "2021-10-10" });
  });
  it("reads 'last Friday' as strictly before and 'next Monday' as strictly after", () => {
    expectDate("They met last Friday.", "2021-10-08", { value: "2021-10-01" });
    expectDate("They will meet next Monday.", SUNDAY, { value: "2021-10-11" });
  });
  it("goes to the future only with a future cue", () => {
    expectDate("The delegation will return to Doha on Friday.", SUNDAY, { value: "2021-10-15" });
    expectDate("The delegation returned to Doha on Friday.", SUNDAY, { value: "2021-10-08" });
  });
  it("reads reported intentions as ahead ('said he would visit on Friday'), but not a cue after the day ('said Friday that he would')", () => {
    expectDate("He also said he would visit Libya on Friday.", SUNDAY, { value: "2021-10-15" });
    expectDate("The minister promised to return on Friday.", SUNDAY, { value: "2021-10-15" });
    expectDate("The lawyer said Friday that he would appeal.", SUNDAY, { value: "2021-10-08" });
  });

  it("looks for the future cue in the expression's own clause only", () => {
    expectDateIn("The talks, which will resume next week, began on Friday.", SUNDAY, "Friday", { value: "2021-10-08" });
    expectDateIn("The minister, who arrived Sunday, will leave on Friday.", "2021-10-09", "Sunday", { value: "2021-10-03" });
    expectDateIn("The minister, who arrived Sunday, will leave on Friday.", "2021-10-09", "Friday", { value: "2021-10-15" });
  });
});

describe("absolute and year-less dates", () => {
  it("reads day-month dates in both orders, with or without a year", () => {
    expectDate("It happened on October 8, 2021.", SUNDAY, { text: "October 8, 2021", value: "2021-10-08", precision: "day", relative: false });
    expectDate("It happened on Oct. 8.", SUNDAY, { text: "Oct. 8", value: "2021-10-08", precision: "day" });
    expectDate("It happened on 8 October.", SUNDAY, { value: "2021-10-08" });
  });
  it("puts a year-less date in the nearest year, leaning to the past", () => {
    expectDate("The vote was held on Dec. 20.", "2022-01-05", { value: "2021-12-20" });
    expectDate("The vote was held on March 3.", SUNDAY, { value: "2021-03-03" });
    // Within a few weeks ahead a wire story is announcing it.
    expectDate("The vote is on Nov. 3.", SUNDAY, { value: "2021-11-03" });
  });
  it("keeps absolute dates and drops relative values when there is no dateline", () => {
    expectDate("It happened on October 8, 2021.", null, { value: "2021-10-08", relative: false });
    expectDate("A bombing left 60 people dead on Friday.", null, { text: "Friday", value: null, relative: true });
  });
  it("reads the date a part of the day is 'of' ('the night of 7 June 2020'), with or without a dateline", () => {
    expectDate("On the night of 7 June 2020, armed men attacked the village.", null, { text: "7 June 2020", value: "2020-06-07", relative: false });
    expectDate("On the morning of June 7, 2020, gunmen opened fire.", SUNDAY, { value: "2020-06-07" });
    expectDate("In the night of 3 to 4 May, rebels attacked.", SUNDAY, { value: "2021-05-03" });
    // No named day after "of": nothing to read, and the bare part of the day is left as it was.
    expectNoDate("The night of violence left the town in shock.");
  });
  it("keeps a written date absolute when a part of the day follows it ('4 May 2020 morning'), even without a dateline", () => {
    expectDate("On 4 May 2020 morning, gunmen opened fire.", null, { value: "2020-05-04", relative: false });
    // A part of the day alone names no day: still nothing.
    expectNoDate("Gunmen opened fire in the morning.", null);
  });
});

describe("months, qualifiers, seasons, years and decades", () => {
  it("gives a month month precision", () => {
    expectDate("Fighting began in August.", SUNDAY, { text: "August", value: "2021-08", precision: "month" });
  });
  it("keeps early/mid/late as a qualifier on the month", () => {
    expectDate("The Taliban took over Afghanistan in mid August.", SUNDAY, { text: "mid August", value: "2021-08", precision: "month", qualifier: "mid" });
    expectDate("Talks began in late September.", SUNDAY, { text: "late September", value: "2021-09", qualifier: "late" });
    expectDate("Troops will leave in early 2022.", SUNDAY, { text: "early 2022", value: "2022", precision: "year", qualifier: "early" });
  });
  it("reads years, seasons, decades and centuries", () => {
    expectDate("He left the country in 2019.", SUNDAY, { text: "2019", value: "2019", precision: "year", relative: false });
    expectDate("Floods hit the region in the summer of 2020.", SUNDAY, { value: "2020-SU", precision: "season" });
    expectDate("The war began in the 1990s.", SUNDAY, { text: "1990s", value: "199", precision: "decade" });
    expectDate("It was the bloodiest war of the 20th century.", SUNDAY, { value: "19", precision: "decade" });
  });
});

describe("dates relative to the dateline", () => {
  it.each([
    ["He arrived yesterday.", "yesterday", "2021-10-09", "day"],
    ["He is here today.", "today", "2021-10-10", "day"],
    ["They meet this week.", "this week", "2021-W40", "week"],
    ["They met last week.", "last week", "2021-W39", "week"],
    ["Prices rose last month.", "last month", "2021-09", "month"],
    ["It began earlier this month.", "earlier this month", "2021-10", "month"],
    ["He left two days ago.", "two days ago", "2021-10-08", "day"],
    ["Output fell last year.", "last year", "2020", "year"],
    ["Output fell last fall.", "last fall", "2020-FA", "season"],
  ])("%s", (sentence, text, value, precision) => {
    expectDate(sentence, SUNDAY, { text, value, precision: precision as never, relative: true });
  });
  it("marks 'now' as the present and 'recently' as the past, as TIMEX3 does", () => {
    expectDate("The group now controls the city.", SUNDAY, { value: "2021-10-10", timexValue: "PRESENT_REF" });
    expectDate("The group recently took the city.", SUNDAY, { value: null, timexValue: "PAST_REF" });
  });
  it("gives clock times and parts of day time precision", () => {
    expectDate("The bomb went off at 10:30 a.m. on Tuesday.", SUNDAY, { timexType: "TIME", precision: "time", timexValue: "2021-10-05T10:30" });
    expectDate("Shelling resumed on Saturday night.", SUNDAY, { timexType: "TIME", value: "2021-10-09", timexValue: "2021-10-09TNI" });
  });
  it("gives a clock time without a day the day named in its sentence", () => {
    expectDateIn("A gun battle began at 7 p.m. local time on Saturday.", "2009-06-08", "7 p.m.", { timexType: "TIME", value: "2009-06-06", timexValue: "2009-06-06T19:00" });
  });
  it("reads 'this weekend' early in the week as the one just past, unless a future cue says otherwise", () => {
    expectDate("Attacks this weekend in Baghdad killed 28.", "2017-01-02", { text: "this weekend", value: "2016-W52", timexValue: "2016-W52-WE" });
    expectDate("He will visit this weekend.", "2017-01-02", { value: "2017-W01" });
  });
  it("reads 'mid-September, 30 people' as a month followed by a count", () => {
    expectDate("In mid-September, 30 people were killed.", "2009-11-15", { text: "mid-September", value: "2009-09", precision: "month", qualifier: "mid" });
  });
  it("reads business quarters in the dateline's year", () => {
    expectDate("Profit rose in the third quarter.", SUNDAY, { text: "the third quarter", value: "2021-Q3", timexType: "DATE" });
  });
  it("reads 'a year earlier' after a quarter as the same quarter a year before", () => {
    const dates = findDates("Profit rose 10% in the third quarter from a year earlier.", SUNDAY);
    expect(dates.map((d) => [d.data.text, d.data.value])).toEqual([["the third quarter", "2021-Q3"], ["a year earlier", "2020-Q3"]]);
  });
});

describe("durations and sets", () => {
  it("reads lengths of time as DURATION with a TIMEX3 value and no date", () => {
    expectDate("The talks lasted two days.", SUNDAY, { text: "two days", timexType: "DURATION", timexValue: "P2D", value: null });
    expectDate("They have fought for three years.", SUNDAY, { timexType: "DURATION", timexValue: "P3Y" });
    expectDate("Prices rose over the past two months.", SUNDAY, { text: "the past two months", timexValue: "P2M" });
    expectDate("The curfew lasted 24 hours.", SUNDAY, { timexValue: "PT24H", precision: "time" });
    expectDate("It signed a five-year deal.", SUNDAY, { text: "five-year", timexValue: "P5Y" });
  });
  it("reads recurring times as SET", () => {
    expectDate("The envoys meet every week.", SUNDAY, { text: "every week", timexType: "SET", timexValue: "P1W", value: null });
    expectDate("Patrols go out daily.", SUNDAY, { timexType: "SET", timexValue: "P1D" });
  });
});

describe("the founding article's dates", () => {
  it("finds 'mid August' and 'on Friday' with their gold values", () => {
    const text = "The two sides held their first face-to-face talks since the Taliban took over Afghanistan amid the US troop withdrawal in mid August. The IS-K claimed a bombing of a Shiite mosque that left more than 60 people dead on Friday.";
    const dates = findDates(text, SUNDAY).filter((d) => d.data.timexType === "DATE");
    expect(dates.map((d) => [d.data.text, d.data.value])).toEqual([["mid August", "2021-08"], ["Friday", "2021-10-08"]]);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.data.text);
  });
});

describe("short phrases, as in chrono's own specs", () => {
  it.each([
    ["on Friday", "2021-10-08", "day"],
    ["mid August", "2021-08", "month"],
    ["last week", "2021-W39", "week"],
    ["in 2019", "2019", "year"],
    ["yesterday", "2021-10-09", "day"],
    ["two days ago", "2021-10-08", "day"],
    ["Oct. 8", "2021-10-08", "day"],
  ])("%s", (phrase, value, precision) => {
    expectDate(phrase, SUNDAY, { value, precision: precision as never });
  });
});

describe("a range of days of one month", () => {
  it("is dated by its first day, as 'From 10 to 12 January' already is ('Between 10 and 12 January 2024')", () => {
    expectDateIn("Between 10 and 12 January 2024, workers staged a sit-in.", "2024-12-31", "10 and 12 January 2024", { value: "2024-01-10", precision: "day" });
    expectDateIn("From 10 to 12 January 2024, farmers blocked the road.", "2024-12-31", "10 to 12 January 2024", { value: "2024-01-10" });
  });
});

describe("a weekday after a calendar day written in its sentence", () => {
  it("is the latest such weekday on or before that day, not the one before the dateline", () => {
    expectDateIn("On 13 May 2024, the death toll from Friday's attack rose to 25.", "2024-12-31", "Friday", { value: "2024-05-10" });
    expectDateIn("The minister said on Friday that talks would resume.", "2024-12-31", "Friday", { value: "2024-12-27" });
  });
});

describe("a count of days or weeks from a calendar day", () => {
  it("is that day moved by the count ('two days after the 12 April bombing'), spanning its signal word", () => {
    expectDateIn("Two days after the 12 April bombing, residents marched.", "2024-12-31", "Two days after", { value: "2024-04-14", precision: "day", timexType: "DATE", relative: false });
    expectDateIn("A week before 9 May, two candidates were shot.", "2024-12-31", "A week before", { value: "2024-05-02" });
  });
  it("stays a length of time when no calendar day follows its signal word", () => {
    expectDateIn("Two days after the bombing, residents marched.", "2024-12-31", "Two days", { timexType: "DURATION" });
  });
});

describe("the tense of its clause decides the year of a year-less date", () => {
  const SEPT = "2016-09-20";
  it("puts a past act in December of last year, not of this one", () => {
    expectDate("Militants attacked the base in December.", SEPT, { value: "2015-12", precision: "month" });
    expectDate("Rebels killed 12 people on Dec. 7, officials said.", SEPT, { value: "2015-12-07", precision: "day" });
    expectDate("The army has recaptured the town in November.", SEPT, { value: "2015-11" });
  });
  it("reads a date inside a fronted phrase without a verb in the tense of the clause after its comma", () => {
    expectDate("In the Dec. 7 attack, gunmen killed four policemen.", SEPT, { value: "2015-12-07" });
    expectDate("After the November vote, the parties will form a government.", SEPT, { value: "2016-11" });
  });
  it("keeps what is planned, due or reported as a plan ahead", () => {
    expectDate("The ministers will meet in December.", SEPT, { value: "2016-12" });
    expectDate("Elections are due in December.", SEPT, { value: "2016-12" });
    expectDate("He said he would visit in December.", SEPT, { value: "2016-12" });
    expectDate("The company agreed to sell the unit in November.", SEPT, { value: "2016-11" });
  });
  it("keeps deadlines and targets ahead even in a past clause", () => {
    expectDate("The offer was extended to Nov. 16.", SEPT, { value: "2016-11-16" });
    expectDate("They gave no reason for the Nov. 14 deadline.", SEPT, { value: "2016-11-14" });
  });
});

describe("a day or part of a day that points back to the day told", () => {
  it("is the dateline's day when no other day was named", () => {
    expectDate("Later in the day, the minister flew to Erbil.", SUNDAY, { text: "Later in the day", value: SUNDAY, precision: "day", timexType: "DATE" });
    expectDate("The rustlers raided a village early in the day.", SUNDAY, { value: SUNDAY });
  });
  it("is the day named before it in its sentence", () => {
    expectDateIn("Police buses blocked the plaza on Friday, where a vigil was scheduled for that night.", SUNDAY, "that night", { value: "2021-10-08", timexType: "TIME" });
  });
  it("is the day named in an earlier sentence", () => {
    expectDateIn("The talks opened on 4 May 2020. Later that day, the delegates walked out.", SUNDAY, "Later that day", { value: "2020-05-04" });
  });
  it("leaves 'that day' alone, which as often means any day", () => {
    expect(findDates("Traders suffered losses on trades made that day.", SUNDAY)).toEqual([]);
  });
});

describe("a bare midnight", () => {
  it("is the one that opened the dateline's day in the past tense, and the coming one with a future cue", () => {
    expectDate("The rebels attacked the base at midnight.", "2019-04-22", { text: "midnight", timexValue: "2019-04-22T00:00" });
    expectDate("The rebels will attack the base at midnight.", "2019-04-22", { text: "midnight", timexValue: "2019-04-23T00:00" });
  });
});

describe("a count before a weekday", () => {
  it("is no clock time that takes the weekday with it ('wounded 20 on Monday')", () => {
    expectDate("A missile strike killed five people and wounded 20 on Monday, the governor said.", "2024-11-18", { text: "Monday", value: "2024-11-18" });
  });
  it("keeps a clock time written as one", () => {
    expectDate("The blast went off at 8 p.m. on Monday.", "2024-11-18", { text: "8 p.m. on Monday", value: "2024-11-18" });
  });
});
