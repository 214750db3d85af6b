import { describe, it } from "vitest";
import { expectNoDate } from "./expect-date.js";

describe("words that look like dates but are not", () => {
  it.each([
    ["'may' the modal verb", "The Taliban may allow girls back to school."],
    ["'May' the modal verb at the start of a sentence", "May the talks succeed, he said."],
    ["'May' as a surname", "Former prime minister Theresa May spoke to reporters."],
    ["'may' the modal after 'this'", "It is believed this may spread."],
    ["'march' the verb", "Protesters march to the parliament building."],
    ["'March' the protest", "Thousands joined the Million Man March in Washington."],
    ["a newspaper named after a weekday", "The Sunday Times reported the attack."],
    ["an abbreviated weekday that is a company", "Sun Microsystems cut 500 jobs."],
    ["a number counting people", "More than 2000 people fled the city."],
    ["a number counting troops", "The army sent 1500 troops to the border."],
    ["a number with a dollar sign", "The company paid $2020 for each share."],
    ["a percentage", "Turnout was 1998 percent of the target, a typo."],
    ["a stock price fraction", "Shares rose 7/8 to close at 25."],
    ["an ordinal without a date", "It was the first of many attacks."],
    ["a plain number", "The vote was 52 to 48."],
    ["a name written as a slash date", "The 9/11 attacks changed everything."],
    ["a ratio", "The clinic is open 24/7."],
    ["a numbered resolution", "Security Council Resolution 1973 was adopted."],
    ["'second' the ordinal", "In a second attack, 12 soldiers died."],
  ])("%s: %s", (_label, text) => {
    expectNoDate(text);
  });
});
