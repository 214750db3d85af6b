/**
 * Set A: 30 ACLED-style incident notes written by the sitrep authors on 2026-12-04 (own wording; coordinates
 * approximate, from general knowledge). The rules of that day's afternoon session were partly read from them,
 * so their figures are indicative only; set B is the clean check.
 */
import type { IncidentNote } from "./note.js";

export const SET_A: readonly IncidentNote[] = [
 ["On 3 March 2021, Al Shabaab militants attacked a Somali National Army base in Balcad (Middle Shabelle). 4 SNA soldiers were killed.", ["shabaab"], 2.36, 45.39, 4, "2021-03-03"],
 ["On 14 June 2020, JNIM militants ambushed a FAMa patrol near Bambara Maoude (Tombouctou, Mali), killing 6 soldiers.", ["jnim", "jama'at", "nusrat"], 15.88, -2.6, 6, "2020-06-14"],
 ["On 9 August 2022, unidentified gunmen abducted 5 farmers in Gusau LGA (Zamfara, Nigeria).", ["unidentified"], 12.16, 6.66, 0, "2022-08-09"],
 ["On 22 April 2021, Indian security forces killed 2 militants in an encounter in Shopian district (Jammu and Kashmir).", ["india"], 33.72, 74.83, 2, "2021-04-22"],
 ["On 5 January 2023, Russian forces shelled Kherson city, killing 3 civilians and wounding 7.", ["russia"], 46.64, 32.62, 3, "2023-01-05"],
 ["On 18 October 2019, police used tear gas to disperse protesters in Beirut (Lebanon). No fatalities.", ["police"], 33.89, 35.5, 0, "2019-10-18"],
 ["On 27 May 2021, ADF militants attacked Boga village (Irumu, Ituri, DRC), killing 11 civilians.", ["adf", "allied democratic"], 1.28, 30.2, 11, "2021-05-27"],
 ["On 11 February 2020, a Houthi missile struck a market in Marib city, killing 5 civilians.", ["houthi", "ansar allah"], 15.46, 45.32, 5, "2020-02-11"],
 ["On 2 July 2018, Taliban militants attacked a checkpoint in Ghazni city (Ghazni), killing 7 ANP officers.", ["taliban"], 33.55, 68.42, 7, "2018-07-02"],
 ["On 30 September 2021, Fulani militia killed 4 villagers in Bassa LGA (Plateau, Nigeria).", ["fulani"], 10.0, 8.7, 4, "2021-09-30"],
 ["On 16 March 2022, Myanmar military airstrikes hit Pinlaung township (Shan-South), killing 2 civilians.", ["myanmar"], 20.13, 96.78, 2, "2022-03-16"],
 ["On 7 December 2020, ISWAP fighters killed 2 soldiers in an attack on Damboa town (Borno).", ["iswap", "islamic state west africa"], 11.15, 12.76, 2, "2020-12-07"],
 ["On 24 August 2022, armed men killed a trader in Cite Soleil (Port-au-Prince, Haiti).", ["unidentified", "armed"], 18.58, -72.33, 1, "2022-08-24"],
 ["On 13 April 2021, Islamic State militants attacked a Syrian army convoy near al-Sukhnah (Homs), killing 8 soldiers.", ["islamic state"], 34.88, 38.87, 8, "2021-04-13"],
 ["On 19 July 2020, a Turkish drone strike killed 2 PKK militants in Sidakan (Erbil, Iraq).", ["turkey"], 36.8, 44.67, 2, "2020-07-19"],
 ["On 10 May 2021, Israeli airstrikes killed 20 people in Beit Hanoun (North Gaza).", ["israel"], 31.54, 34.54, 20, "2021-05-10"],
 ["On 3 February 2022, Ambazonian separatists killed a gendarme in Bamenda (North-West, Cameroon).", ["ambazonia"], 5.96, 10.15, 1, "2022-02-03"],
 ["On 25 March 2021, al-Shabaab militants fired mortars at Mogadishu airport; no casualties were reported.", ["shabaab"], 2.01, 45.3, 0, "2021-03-25"],
 ["On 8 January 2020, unidentified armed men killed 3 worshippers in a church in Ouahigouya (Nord, Burkina Faso).", ["unidentified"], 13.58, -2.42, 3, "2020-01-08"],
 ["On 12 November 2021, Ethiopian National Defense Forces clashed with TPLF forces near Kombolcha (Amhara), leaving 15 fighters dead.", ["ethiopia"], 11.08, 39.74, 15, "2021-11-12"],
 ["On 6 June 2019, Sudanese Rapid Support Forces killed 2 protesters in Khartoum.", ["rapid support", "rsf", "sudan"], 15.6, 32.53, 2, "2019-06-06"],
 ["On 29 April 2020, Colombian police killed a man during a raid in Tumaco (Narino).", ["police", "colombia"], 1.8, -78.76, 1, "2020-04-29"],
 ["On 17 August 2021, Tehrik-i-Taliban Pakistan militants killed 2 FC soldiers in North Waziristan.", ["tehrik", "ttp", "taliban"], 32.98, 70.1, 2, "2021-08-17"],
 ["On 4 September 2022, bandits killed 7 vigilantes in Birnin Gwari LGA (Kaduna, Nigeria).", ["bandit", "unidentified"], 10.66, 6.54, 7, "2022-09-04"],
 ["On 21 February 2021, Mozambican troops clashed with insurgents near Mocimboa da Praia (Cabo Delgado). 10 insurgents were killed.", ["mozambique"], -11.35, 40.35, 10, "2021-02-21"],
 ["On 15 May 2022, a landmine planted by the Houthis killed 2 children in Hays district (Hodeidah).", ["houthi", "ansar allah"], 13.93, 43.48, 2, "2022-05-15"],
 ["On 3 August 2021, Boko Haram militants killed 3 fishermen near Kukawa (Borno).", ["boko haram", "jas"], 12.92, 13.57, 3, "2021-08-03"],
 ["On 20 June 2022, cartel gunmen killed 5 people in a bar in Celaya (Guanajuato).", ["unidentified", "cartel", "armed"], 20.52, -100.81, 5, "2022-06-20"],
 ["On 1 December 2021, Burkinabe soldiers killed 4 JNIM militants in an operation near Djibo (Soum).", ["burkina"], 14.1, -1.63, 4, "2021-12-01"],
 ["On 28 February 2022, police shot dead a protester during a demonstration in Mandalay.", ["police", "myanmar"], 21.97, 96.08, 1, "2022-02-28"],
];
