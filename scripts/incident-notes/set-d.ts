/**
 * Set D: 50 ACLED-style incident notes written by helper notes24 of the lead24 session on 2026-12-07
 * (21:45-22:05 UTC), in its own words, after reading only sets A-C (to keep away from their places) and before
 * any run of sitrep on them: the keys (actor keywords, point, toll, date) were all written first and committed
 * with the notes. Written deliberately harder than A-C, in the terse way ACLED's coders write: actors named only by
 * their ACLED names ("Military Forces of Nigeria (2015-2023)", "JNIM: Group for Support of Islam and Muslims",
 * "Unidentified Armed Group (Mali)"), places as "village (district, province)" pairs and triples (Ukraine's and
 * Myanmar's three levels), tolls split between sides ("killing 5 militants and 2 soldiers"), written in words, as
 * ranges, as "Fatality: 1." / "Fatalities unknown" / "Fatalities coded as ...", dates as "Around 3 March 2021
 * (between 1 and 5 March)", "On the night of 1-2 February", "Between 24 and 26 February", "As reported on X, on
 * Y", sub-event prefixes ("Property destruction:", "Weapons seizure:", "Non-violent transfer of territory:"),
 * [size=...] tags, and notes whose first actor is the subject of a second clause or sentence (an IED "planted by",
 * "X claimed the attack", "where M23 rebels attacked"). 18+ countries. Places are real; events need not match real
 * incidents (figures and dates are the note's own). Coordinates approximate, from general knowledge.
 * Columns: text, first-actor keywords (any one in the actor's name or ACLED name), lat, lon,
 * deaths (ACLED's figure: the lowest reported, both sides summed; 0 when none or unknown), date (the event's day as
 * ACLED codes it: the day the note states first for the event, the "around" day of a range, the event day, not the
 * report day, of "As reported on X, on Y").
 *
 * First run (2026-12-07 21:44 UTC, at lead24 61868a7 + the set's commit 39607c5, `npx tsx scripts/own-incident-notes.ts . --set d`):
 * found 50/50, first actor 44/50, place within 50 km 40/50, toll 44/50, date 49/50. The honest figure.
 * One key was too lenient (as in set C): the Mo So note's doer is the Myanmar military, but "myanmar" also matches the
 * "Civilians (Myanmar)" the first run read as its doer; with the key narrowed to "military forces of myanmar" / "tatmadaw"
 * the first run's first actor is 43/50.
 * After the notes24 fixes (branch notes24, 2026-12-07 22:40 UTC; each checked on sets A/B/C, the 20 wire stories and the
 * 600-document snapshot, none of which moved but for two snapshot documents named in the commits): found 50, first actor
 * 50, place within 50 km 43, toll 49, date 50 of 50. Left: five villages and districts GeoNames lists with no point
 * near them (Inata and Barsalogho, whose Burkina provinces are missing too; Hombori, 138 km from Douentza; Intagamey and
 * Minembwe, whose districts Banibangou and Fizi have no town and sit at their province's point), Datu Hoffer Ampatuan
 * ("Maguindanao" and "Bangsamoro" are not GeoNames' names), Tekalguda (51 km from the key's guessed point, at Bijapur);
 * the Intagamey toll ("an unknown number of militants" is read as ACLED's "several", 3, by the vague-quantities lexicon;
 * the key counts none).
 */
import type { IncidentNote } from "./note.js";

export const SET_D: readonly IncidentNote[] = [
  ["On 5 June 2021, Military Forces of Nigeria (2015-2023) clashed with JAS in Pulka (Gwoza, Borno), killing 5 militants and 2 soldiers.", ["nigeria"], 11.2, 13.85, 7, "2021-06-05"],
  ["On 12 March 2021, unidentified gunmen shot and killed a village head in Kauru town (Kauru, Kaduna). Fatality: 1.", ["unidentified"], 10.58, 8.15, 1, "2021-03-12"],
  ["Around 3 March 2021 (between 1 and 5 March), Fulani Ethnic Militia (Nigeria) attacked Dogo Nahawa village (Jos South, Plateau) and killed 6 farmers; several houses were burnt.", ["fulani"], 9.8, 8.87, 6, "2021-03-03"],
  ["Weapons seizure: On 20 April 2022, Military Forces of Nigeria (2015-2023) recovered 4 AK-47 rifles and 300 rounds of ammunition from suspected bandits in Tsafe (Tsafe, Zamfara).", ["nigeria"], 11.96, 6.92, 0, "2022-04-20"],
  ["On 8 January 2022, Islamic State (West Africa) militants ambushed a convoy of Military Forces of Nigeria (2015-2023) and CJTF militia near Sabon Gari (Damboa, Borno), killing 9 soldiers and 3 CJTF members. 4 ISWAP fighters were also killed.", ["islamic state", "iswap"], 11.1, 12.75, 16, "2022-01-08"],
  ["On 14 November 2021, JNIM: Group for Support of Islam and Muslims attacked the gendarmerie detachment of Inata (Tongomayel, Soum), killing 53 gendarmes and 4 civilians.", ["jnim", "jama'at", "nusrat", "group for support"], 14.5, -1.35, 57, "2021-11-14"],
  ["On 24 August 2022, JNIM militants attacked civilians and VDP digging a defensive trench on the outskirts of Barsalogho (Barsalogho, Sanmatenga). Fatalities coded as 133 as figures vary between 133 and 400.", ["jnim", "jama'at", "nusrat", "group for support"], 13.42, -1.06, 133, "2022-08-24"],
  ["On 30 September 2022, supporters of Captain Ibrahim Traore threw stones at the French embassy in Ouagadougou (Kadiogo, Centre) and set fire to its barriers. [size=no report]", ["rioter", "protest", "supporter"], 12.37, -1.52, 0, "2022-09-30"],
  ["On 23 March 2022, Unidentified Armed Group (Mali) fired mortar shells at the MINUSMA camp in Tessalit (Tessalit, Kidal). No casualties reported.", ["unidentified"], 20.2, 1.01, 0, "2022-03-23"],
  ["Around 20 January 2023 (between 18 and 22 January), Wagner Group and Military Forces of Mali (2021-) executed 15 men during a sweep operation in Sofara (Djenne, Mopti). Fatalities: 15.", ["wagner", "mali"], 14.01, -4.24, 15, "2023-01-20"],
  ["On 17 August 2022, a vehicle of Military Forces of Mali (2021-) struck an IED planted by JNIM between Boni and Hombori (Douentza, Mopti), killing 3 soldiers.", ["jnim", "jama'at", "nusrat", "group for support"], 15.28, -1.7, 3, "2022-08-17"],
  ["On 10 February 2023, Islamic State (Sahel) militants ambushed a patrol of Military Forces of Niger (2021-2023) near Intagamey (Banibangou, Tillaberi), killing 17 soldiers and an unknown number of militants; 13 soldiers were injured and 12 missing.", ["islamic state"], 15.1, 2.6, 17, "2023-02-10"],
  ["On the night of 1-2 February 2022, CODECO: Cooperative for Development of Congo militants attacked the Plaine Savo IDP site near Bule (Djugu, Ituri) with machetes and firearms, killing at least 62 people.", ["codeco", "cooperative for development"], 1.88, 30.38, 62, "2022-02-01"],
  ["On 28 March 2022, heavy fighting was reported in Tchanzu and Runyoni (Rutshuru, Nord-Kivu), where M23: March 23 Movement rebels attacked FARDC positions. Fatalities unknown.", ["m23", "march 23"], -1.27, 29.57, 0, "2022-03-28"],
  ["On 12 September 2021, Twirwaneho militia clashed with Mai-Mai militia in Minembwe (Fizi, Sud-Kivu). 4 Mai-Mai and 1 Twirwaneho fighter were killed.", ["twirwaneho"], -3.9, 28.75, 5, "2021-09-12"],
  ["On 3 October 2022, Al Shabaab detonated two VBIEDs at the district administration compound in Beledweyne (Belet Weyne, Hiraan), killing at least 20 people, including the deputy governor, and injuring 36.", ["shabaab"], 4.74, 45.2, 20, "2022-10-03"],
  ["Non-violent transfer of territory: On 16 January 2023, Military Forces of Somalia (2022-) and Macawisley clan militia took control of Harardhere (Xarardheere, Mudug) after Al Shabaab withdrew from the town without resistance.", ["somalia"], 4.65, 47.86, 0, "2023-01-16"],
  ["On 7 April 2021, an IED planted by Al Shabaab struck a vehicle of Military Forces of Somalia (2017-2022) near Wanlaweyn (Wanla Weyn, Lower Shabelle), killing 2 soldiers and injuring 3.", ["shabaab"], 2.62, 44.89, 2, "2021-04-07"],
  ["On 24 April 2023, RSF: Rapid Support Forces and allied Arab militias attacked El Geneina (El Geneina, West Darfur) and clashed with Masalit militias. At least 96 people were killed over the day.", ["rapid support", "rsf"], 13.45, 22.45, 96, "2023-04-24"],
  ["On 17 November 2021, Police Forces of Sudan (2019-) fired live ammunition and tear gas at protesters rejecting the military coup in Khartoum North (Bahri, Khartoum), killing 15 people.", ["police", "sudan"], 15.64, 32.53, 15, "2021-11-17"],
  ["On 12 March 2022, Ansar Allah forces clashed with Giants Brigades in Harib (Harib, Marib). 7 Giants Brigades fighters and 11 Houthis were killed.", ["houthi", "ansar allah"], 14.93, 45.5, 18, "2022-03-12"],
  ["On 10 August 2022, STC: Southern Transitional Council forces clashed with Military Forces of Yemen (2016-) loyal to the Islah party in Ataq (Ataq, Shabwah). 35 fatalities reported on both sides.", ["southern transitional", "stc"], 14.54, 46.83, 35, "2022-08-10"],
  ["Property destruction: On 23 May 2021, unidentified armed men set ablaze the INEC office in Awgu (Awgu, Enugu). No casualties reported.", ["unidentified"], 6.07, 7.48, 0, "2021-05-23"],
  ["On 16 June 2022, an IED exploded near a vehicle of the SDF: Syrian Democratic Forces in Al Busayrah (Deir-ez-Zor), killing 2 SDF members. Islamic State claimed responsibility.", ["islamic state"], 35.15, 40.43, 2, "2022-06-16"],
  ["On or around 26 July 2021, Islamic State (Iraq) militants attacked a Popular Mobilization Forces checkpoint near Tuz Khurmatu (Tooz, Salah al-Din), killing 3 PMF members and wounding 2.", ["islamic state"], 34.88, 44.63, 3, "2021-07-26"],
  ["On 28 November 2019, Military Forces of Iraq (2018-) opened fire on protesters blocking the Zaitoun bridge in Nasiriyah (Nasiriyah, Thi-Qar), killing at least 29 protesters. [size=thousands]", ["iraq"], 31.05, 46.26, 29, "2019-11-28"],
  ["Non-violent transfer of territory: On 15 August 2021, the Taliban took control of Jalalabad (Jalalabad, Nangarhar) without a fight after the provincial governor surrendered.", ["taliban"], 34.43, 70.45, 0, "2021-08-15"],
  ["On 4 May 2021, Taliban militants attacked ANDSF checkpoints in Nad Ali district (Helmand); 7 ANA soldiers were killed and the Taliban lost 12 fighters.", ["taliban"], 31.6, 64.3, 19, "2021-05-04"],
  ["On 21 April 2022, a bomb exploded inside the Seh Dokan mosque in Mazar-e Sharif (Mazar-e Sharif, Balkh) during prayers, killing 31 Shia worshippers and wounding 87. Islamic State (Afghanistan) claimed the attack.", ["islamic state"], 36.71, 67.11, 31, "2022-04-21"],
  ["On 30 January 2023, a suicide bomber of TTP: Tehrik-i-Taliban Pakistan (Jamaat-ul-Ahrar faction) blew himself up in a mosque inside the Police Lines in Peshawar (Peshawar, Khyber Pakhtunkhwa), killing 84 people, mostly police personnel.", ["tehrik", "ttp", "taliban", "jamaat-ul-ahrar"], 34.01, 71.58, 84, "2023-01-30"],
  ["On 2 February 2022, BLA: Balochistan Liberation Army militants attacked FC camps in Panjgur (Panjgur, Makran) and Noshki (Noshki, Rakhshan). In Panjgur, 9 militants and 4 soldiers were killed.", ["baloch", "bla"], 26.97, 64.09, 13, "2022-02-02"],
  ["On 14 May 2023, supporters of PTI: Pakistan Tehreek-i-Insaf protested against the arrest of Imran Khan outside the press club in Quetta (Quetta, Balochistan). [size=around 200]", ["protest", "pti", "tehreek", "supporter"], 30.18, 67.0, 0, "2023-05-14"],
  ["On 3 April 2021, CPI (Maoist) militants ambushed a joint team of CRPF, DRG and Police Forces of India (2014-) near Tekalguda (Bijapur, Chhattisgarh), killing 22 security personnel. Five Maoists were also killed.", ["maoist", "cpi", "communist party of india"], 18.35, 80.95, 27, "2021-04-03"],
  ["Between 24 and 26 February 2020, rioters set fire to shops, houses and vehicles in Jaffrabad and Maujpur (North East Delhi, Delhi) during communal clashes over the CAA. Fatalities: 9.", ["rioter", "mob"], 28.69, 77.28, 9, "2020-02-24"],
  ["On 3 May 2023, Kuki and Meitei communal militias clashed in Churachandpur (Churachandpur, Manipur) after a tribal solidarity march; houses and vehicles were set on fire. Fatalities unknown.", ["kuki", "meitei", "communal"], 24.33, 93.68, 0, "2023-05-03"],
  ["On 11 April 2023, Military Forces of Myanmar (2021-) air strikes hit a ceremony marking the opening of a PDF office in Pazigyi village (Kanbalu, Kanbalu, Sagaing), killing at least 100 people; other reports put the toll at 168.", ["myanmar", "tatmadaw"], 23.18, 95.45, 100, "2023-04-11"],
  ["On 24 December 2021, Military Forces of Myanmar (2021-) killed at least 35 civilians, including 2 Save the Children staff, and burned their bodies near Mo So village (Hpruso, Loikaw, Kayah).", ["military forces of myanmar", "tatmadaw"], 19.35, 97.05, 35, "2021-12-24"],
  ["On 7 November 2021, PDF: People's Defense Force and Chinland Defense Force fighters clashed with Military Forces of Myanmar (2021-) in Thantlang town (Thantlang, Hakha, Chin). 4 soldiers and 1 CDF fighter were killed.", ["people's defense", "pdf", "chinland", "cdf"], 22.7, 93.43, 5, "2021-11-07"],
  ["On 18 August 2022, BIFF: Bangsamoro Islamic Freedom Fighters fired mortar rounds at a Philippine Army detachment in Datu Hoffer Ampatuan (Maguindanao, Bangsamoro). No casualties reported.", ["biff", "bangsamoro islamic freedom"], 6.85, 124.5, 0, "2022-08-18"],
  ["On 6 June 2021, an IED planted by NPA: New People's Army exploded in Masbate City (Masbate, Bicol) as two cyclists passed, killing footballer Kieth Absalon and his cousin.", ["npa", "new people"], 12.37, 123.62, 2, "2021-06-06"],
  ["On 23 May 2017, Maute Group militants clashed with Military Forces of the Philippines (2016-2022) in Marawi (Lanao del Sur, ARMM), killing 13 militants, 5 soldiers and 2 police officers.", ["maute", "islamic state"], 8.0, 124.29, 20, "2017-05-23"],
  ["On 27 March 2021, FARC dissidents (Dagoberto Ramos column) detonated a car bomb outside the town hall of Corinto (Corinto, Cauca), killing 1 police officer and 2 civilians.", ["farc", "dissident", "dagoberto"], 3.17, -76.26, 3, "2021-03-27"],
  ["On 2 January 2022, ELN: National Liberation Army and FARC dissidents clashed in rural areas of Tame (Tame, Arauca). Authorities recovered 23 bodies.", ["eln", "national liberation"], 6.46, -71.73, 23, "2022-01-02"],
  ["On 12 May 2022, presumed members of CJNG: Jalisco New Generation Cartel shot and killed 3 men in a bar in Salamanca (Salamanca, Guanajuato).", ["cjng", "jalisco"], 20.57, -101.19, 3, "2022-05-12"],
  ["On 5 January 2023, Sinaloa Cartel gunmen attacked Military Forces of Mexico (2018-) in Jesus Maria (Culiacan, Sinaloa) during the capture of Ovidio Guzman. 10 soldiers and 19 gunmen were killed.", ["sinaloa"], 25.05, -107.4, 29, "2023-01-05"],
  ["On 8 March 2020, women marched in Mexico City (Cuauhtemoc, Ciudad de Mexico) on International Women's Day to protest against femicides. [size=around 80000]", ["protest", "women"], 19.43, -99.13, 0, "2020-03-08"],
  ["On 6 May 2021, Police Forces of Brazil (2019-2022) Civil Police raided Jacarezinho (Rio de Janeiro, Rio de Janeiro) in an operation against drug traffickers, killing 27 suspects. 1 police officer was also killed.", ["police", "brazil"], -22.89, -43.26, 28, "2021-05-06"],
  ["As reported on 15 June 2022, on 5 June 2022, unidentified armed men killed journalist Dom Phillips and indigenous expert Bruno Pereira on the Itaquai river near Atalaia do Norte (Atalaia do Norte, Amazonas).", ["unidentified"], -4.37, -70.19, 2, "2022-06-05"],
  ["On 14 January 2023, Military Forces of Russia (2000-) struck an apartment building in Dnipro (Dniprovska, Dniprovskyi, Dnipropetrovsk) with a Kh-22 missile, killing 46 civilians, including 6 children.", ["russia"], 48.46, 35.04, 46, "2023-01-14"],
  ["On 3 March 2022, Military Forces of Ukraine (2019-) shelled Russian positions near Trostianets (Trostianetska, Okhtyrskyi, Sumy). Fatalities unknown.", ["ukraine"], 50.48, 34.97, 0, "2022-03-03"],
];
