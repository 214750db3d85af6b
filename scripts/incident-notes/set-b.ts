/**
 * Set B: 40 ACLED-style incident notes written by the sitrep authors on 2026-12-04 (21:20 UTC), in
 * their own words, before any rule of that session was measured on them and kept unread by the
 * helpers of that session: a clean check of what the session's rules do on notes they were not read
 * from. Places are real; the events are written in ACLED's style and need not match real incidents
 * (figures and dates are the note's own). Coordinates approximate, from general knowledge.
 * Columns: text, first-actor keywords (any one in the actor's name or ACLED name), lat, lon,
 * deaths (ACLED's figure: the lowest reported), date.
 */
import type { IncidentNote } from "./note.js";

export const SET_B: readonly IncidentNote[] = [
  ["On 4 May 2020, suspected Al Shabaab militants ambushed an SNA convoy near Afgooye (Lower Shabelle). 3 SNA soldiers were killed and 2 others injured.", ["shabaab"], 2.14, 45.12, 3, "2020-05-04"],
  ["On 12 March 2021, unknown gunmen shot and killed a village chief in Kamituga (Mwenga, Sud-Kivu).", ["unidentified", "unknown"], -3.06, 28.18, 1, "2021-03-12"],
  ["On 19 November 2019, Nigerian army troops killed 12 ISWAP insurgents in an ambush near Monguno (Borno).", ["nigeria"], 12.67, 13.61, 12, "2019-11-19"],
  ["On 2 June 2022, Sudanese police fired live ammunition at protesters in Omdurman, killing 1 protester.", ["police", "sudan"], 15.64, 32.48, 1, "2022-06-02"],
  ["On 23 January 2021, an Islamic State suicide bomber detonated an explosive vest at a market in Tayaran Square (Baghdad), killing 32 people.", ["islamic state"], 33.33, 44.42, 32, "2021-01-23"],
  ["On 8 October 2022, Houthi forces shelled residential areas in Taiz city, killing a child.", ["houthi", "ansar allah"], 13.58, 44.02, 1, "2022-10-08"],
  ["On 14 September 2020, armed Fulani men attacked Kukum Daji village (Kaura, Kaduna), killing 13 people.", ["fulani", "armed", "unidentified"], 9.65, 8.45, 13, "2020-09-14"],
  ["On 30 June 2021, Indian security forces arrested 3 suspected LeT militants in Baramulla district (Jammu and Kashmir).", ["india"], 34.2, 74.34, 0, "2021-06-30"],
  ["On 8 April 2022, Russian forces carried out a missile strike on Kramatorsk railway station (Donetsk), killing 52 civilians.", ["russia"], 48.72, 37.56, 52, "2022-04-08"],
  ["On 17 February 2021, JNIM militants attacked a gendarmerie post in Boni (Douentza, Mopti), killing 2 gendarmes.", ["jnim", "jama'at", "nusrat"], 15.06, -1.97, 2, "2021-02-17"],
  ["On 26 July 2019, Boko Haram militants killed 65 people attending a funeral in Badu village (Nganzai, Borno).", ["boko haram", "jas"], 12.42, 13.2, 65, "2019-07-26"],
  ["On 3 November 2020, Ethiopian forces launched airstrikes near Mekelle (Tigray); the number of casualties is unknown.", ["ethiopia"], 13.5, 39.47, 0, "2020-11-03"],
  ["On 11 August 2021, Taliban fighters captured Pul-e Khumri (Baghlan) after clashes with the ANDSF; 9 soldiers were killed.", ["taliban"], 35.94, 68.71, 9, "2021-08-11"],
  ["On 20 May 2022, suspected ADF militants killed 7 civilians with machetes in Mamove (Beni, Nord-Kivu).", ["adf", "allied democratic"], 0.79, 29.7, 7, "2022-05-20"],
  ["On 9 January 2023, Peruvian police clashed with protesters in Juliaca (Puno), and 17 protesters were killed.", ["police", "peru"], -15.5, -70.13, 17, "2023-01-09"],
  ["On 28 March 2021, ISCAP militants attacked Palma town (Cabo Delgado), killing at least 12 civilians.", ["islamic state", "iscap"], -10.77, 40.47, 12, "2021-03-28"],
  ["On 15 October 2020, the Tatmadaw shelled Kyauktaw township (Rakhine), killing 2 civilians.", ["myanmar", "tatmadaw"], 20.84, 92.98, 2, "2020-10-15"],
  ["On 6 May 2021, ESMAD riot police used tear gas against demonstrators in Cali (Valle del Cauca); 1 demonstrator died.", ["police", "colombia", "esmad"], 3.44, -76.52, 1, "2021-05-06"],
  ["On 1 October 2020, PKK militants attacked a Turkish military outpost in Semdinli (Hakkari), killing 1 soldier.", ["pkk", "kurdistan workers"], 37.3, 44.57, 1, "2020-10-01"],
  ["On 10 April 2022, armed herders killed 5 farmers in Guma LGA (Benue, Nigeria).", ["herder", "fulani", "armed", "unidentified"], 7.95, 8.6, 5, "2022-04-10"],
  ["On 13 March 2020, US airstrikes hit Kataib Hezbollah weapons depots near Jurf al-Sakhar (Babil, Iraq). No casualties were reported.", ["united states"], 32.87, 44.12, 0, "2020-03-13"],
  ["On 2 August 2022, al-Shabaab fighters captured Yeed (Bakool) after SNA forces withdrew from the town.", ["shabaab"], 4.55, 43.03, 0, "2022-08-02"],
  ["On 22 February 2022, Malian soldiers and foreign military personnel killed 30 civilians in Moura (Djenne, Mopti).", ["mali"], 14.1, -4.6, 30, "2022-02-22"],
  ["On 7 July 2021, gunmen assassinated President Jovenel Moise at his residence in Petion-Ville (Port-au-Prince).", ["unidentified", "gunmen", "armed"], 18.51, -72.29, 1, "2021-07-07"],
  ["On 18 April 2021, Azerbaijani forces fired at Armenian positions near Yeraskh (Ararat), wounding a soldier.", ["azerbaijan"], 39.76, 44.91, 0, "2021-04-18"],
  ["On 29 October 2022, two car bombs exploded at the Ministry of Education in Mogadishu, killing 121 people; Al Shabaab claimed the attack.", ["shabaab"], 2.04, 45.34, 121, "2022-10-29"],
  ["On 4 December 2021, Indian army special forces opened fire on a truck carrying coal miners in Oting village (Mon, Nagaland), killing 6 civilians.", ["india"], 26.72, 95.0, 6, "2021-12-04"],
  ["On 16 January 2021, Pakistani security forces raided a TTP hideout in Datta Khel (North Waziristan), killing 4 militants.", ["pakistan"], 32.93, 69.78, 4, "2021-01-16"],
  ["On 12 June 2021, civilians fled after militants burned the market of Solhan (Yagha, Sahel).", ["unidentified", "militant", "jnim", "islamic state"], 13.43, 0.07, 0, "2021-06-12"],
  ["On 3 May 2022, Somali police arrested 15 suspected al-Shabaab members in Baidoa (Bay).", ["police", "somalia"], 3.11, 43.65, 0, "2022-05-03"],
  ["On 24 February 2022, Ukrainian forces shot down a Russian helicopter near Hostomel (Kyiv oblast), killing its crew of 2.", ["ukraine"], 50.57, 30.26, 2, "2022-02-24"],
  ["On 19 August 2021, clashes between Nuer and Dinka youths in Tonj East county (Warrap, South Sudan) left 21 people dead.", ["nuer", "dinka"], 7.4, 28.9, 21, "2021-08-19"],
  ["On 5 March 2023, Israeli forces killed 2 Palestinians during a raid in Jenin (West Bank).", ["israel"], 32.46, 35.3, 2, "2023-03-05"],
  ["On 21 October 2020, Nigerian soldiers opened fire on EndSARS protesters at the Lekki toll gate in Lagos, killing 12 people.", ["nigeria"], 6.43, 3.43, 12, "2020-10-21"],
  ["On 20 March 2021, farmers protested peacefully in Lahore against rising fertiliser prices.", ["protest", "farmer"], 31.55, 74.34, 0, "2021-03-20"],
  ["On 11 November 2022, NPA rebels ambushed a Philippine Army patrol in Lapinig (Northern Samar), killing 3 soldiers.", ["npa", "new people"], 12.3, 125.3, 3, "2022-11-11"],
  ["On 6 August 2021, AQAP militants attacked a checkpoint in Mudiyah district (Abyan, Yemen), killing 4 soldiers.", ["aqap", "al qaeda", "al-qaeda", "al-qaida"], 13.93, 46.08, 4, "2021-08-06"],
  ["On 17 September 2022, Kyrgyz and Tajik border guards exchanged fire near Batken; 24 people were killed.", ["kyrgyz"], 40.06, 70.82, 24, "2022-09-17"],
  ["On 2 April 2021, the Ethiopian National Defense Force (ENDF) killed 16 OLA-Shane fighters in West Guji zone (Oromia).", ["ethiopia"], 5.6, 38.25, 16, "2021-04-02"],
  ["On 26 May 2022, Taliban security forces detained 3 journalists in Kabul.", ["taliban"], 34.53, 69.17, 0, "2022-05-26"],
];
