import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectEnglish } from "../../src/stages/clean/detect-language.js";
import { loadCleanResources } from "../../src/stages/clean/resources.js";

const { cleanLexicon } = loadCleanResources();
const isEnglish = (text: string) => detectEnglish(text, cleanLexicon).english;

describe("detectEnglish", () => {
  it("accepts English news, also all in lower or upper case", () => {
    const founding = readFileSync(new URL("../../examples/founding-article.txt", import.meta.url), "utf8");
    expect(isEnglish(founding)).toBe(true);
    expect(isEnglish(founding.toLowerCase())).toBe(true);
    expect(isEnglish(founding.toUpperCase())).toBe(true);
  });

  it("accepts a name-heavy English caption", () => {
    expect(isEnglish("Duke women's head coach Joanne P. McCallie addresses the media Monday during a news conference in East Lansing. Duke plays Michigan State today.")).toBe(true);
  });

  it.each([
    ["French", "Les talibans ont rencontré samedi une délégation américaine à Doha, pour la première fois depuis leur prise du pouvoir en Afghanistan. Selon le ministre, les États-Unis ont promis une aide."],
    ["Spanish", "Los talibanes se reunieron el sábado con una delegación estadounidense en Doha, por primera vez desde que tomaron el poder en Afganistán, según el ministro de asuntos exteriores."],
    ["German", "Die Taliban haben sich am Samstag in Doha mit einer Delegation der Vereinigten Staaten getroffen, zum ersten Mal seit der Machtübernahme in Afghanistan, wie der Außenminister sagte."],
    ["Italian", "I talebani hanno incontrato sabato una delegazione americana a Doha, per la prima volta dalla presa del potere in Afghanistan, secondo il ministro degli esteri che ha parlato di aiuti."],
    ["Arabic", "التقى وفد من حركة طالبان يوم السبت في الدوحة بوفد أمريكي للمرة الأولى منذ سيطرة الحركة على أفغانستان في أغسطس"],
    ["Russian", "Талибы в субботу встретились в Дохе с американской делегацией впервые после захвата власти в Афганистане в августе"],
  ])("rejects %s", (_language, text) => {
    expect(isEnglish(text)).toBe(false);
  });

  it("accepts a one-sentence English snippet without listed function words", () => {
    expect(isEnglish("Black-clad rioters set fire on a street in Sai Wan Ho in South China's Hong Kong, November 11, 2019")).toBe(true);
  });

  it("does not count a word of another language that opens a capitalised name ('El Fasher', 'von der Leyen')", () => {
    expect(isEnglish("On 9 March 2026, RSF fighters shelled El Fasher (El Fasher, North Darfur), killing 8 civilians.")).toBe(true);
    expect(isEnglish("Ursula von der Leyen met Luiz Inacio Lula da Silva and Jose dos Santos in Brasilia on Monday.")).toBe(true);
    // Prose of that language is still foreign: its function words open lower-case words.
    expect(isEnglish("El presidente dijo que los soldados del ejército llegaron a la ciudad con el gobernador.")).toBe(false);
  });

  it("accepts incident notes whose only function words English shares with other languages ('a', 'in', 'on')", () => {
    const note = "Gunmen stormed a Fulani settlement in Plateau state on Tuesday, killing seven herders. ";
    expect(isEnglish(note.repeat(3))).toBe(true);
  });

  it.each([
    ["Spanish", "Los soldados llegaron a la ciudad el lunes y dijeron que los atacantes huyeron a pie hacia el norte. Según el gobernador, las fuerzas de seguridad buscan a los hombres armados en la zona rural desde la mañana del martes."],
    ["German", "Die Soldaten kamen am Montag in die Stadt und sagten, dass die Angreifer zu Fuß in den Norden geflohen seien. Nach Angaben des Gouverneurs suchen die Sicherheitskräfte seit Dienstagmorgen in der ländlichen Gegend nach den Bewaffneten."],
  ])("still rejects longer %s prose, whose 'a' and 'in' are its own", (_language, text) => {
    expect(isEnglish(text)).toBe(false);
  });

  it("does not judge a text too short to tell", () => {
    expect(isEnglish("Taliban Doha talks")).toBe(true);
  });
});
