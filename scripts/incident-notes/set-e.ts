/**
 * Set E: 60 ACLED-style incident notes written by helper notes25 of the lead25 session on 2026-12-08
 * (00:12-00:40 UTC), in its own words, after reading only sets A-D (for their format and to see what they hold) and
 * before any run of sitrep on them, without reading sitrep's rules: the keys (actor keywords, point, toll, date) were
 * all written first and committed with the notes. Skewed toward what sets A-D under-represent and ACLED's rows hold
 * most: protests and riots in South Asia (farmers, students, traders, workers, party supporters "demanding" or
 * "against" something; India, Pakistan, Bangladesh: 14 notes), Myanmar's fighting (PDF, Pyusawhti, the junta's air
 * strikes), Sudan (SAF and RSF), the Sahel (JNIM, Islamic State (Sahel), VDP, Wagner, CSP), Syria (Turkish drones,
 * HTS, SDF), Yemen, shelling of named villages in Ukraine and Russia, Mexico's cartels and police, Brazil's police and
 * milicias, Colombia (AGC, ELN, EMC), DRC (Wazalendo, ADF), Nigeria (bandits, ISWAP, vigilantes), Somalia, Mozambique,
 * Cameroon, Haiti, the Philippines. Places include small villages and neighbourhoods in "(admin2, admin1)" brackets,
 * Myanmar's and Ukraine's three levels, transliteration variants (Thoothukudi, Ceel Buur, Idleb, Taizz) and homonyms
 * (Hyderabad in Sindh, Campo Grande in Rio, Cuauhtemoc in Chihuahua, El Carmen in Norte de Santander). Actors are
 * often named only by ACLED's names ("Military Forces of Myanmar (2021-)", "Unidentified Armed Group (Nigeria)",
 * "Protesters (India)"). Tolls: "Fatalities coded as 10", "(1 fatality)", split between sides, "Fatalities: 2",
 * none. Dates: "On 4 May 2020", "Around 12 March 2023 (between 10 and 14 March)", "As reported on X, on Y",
 * "On the night of". Places are real; events need not match real incidents (figures and dates are the note's own).
 * Coordinates approximate, from general knowledge.
 * Columns: text, first-actor keywords (any one in the actor's name or ACLED name), lat, lon, deaths (ACLED's
 * figure: the lowest reported, both sides summed, the "coded as" figure when the note gives one; 0 when none or
 * unknown), date (the event's day as ACLED codes it: the day the note states first for the event, the "around"
 * day of a range, the event day, not the report day, of "As reported on X, on Y").
 *
 * First run (2026-12-08 00:14 UTC, at lead25 dc14f7c + the set's commit 3e77fb1, `npx tsx scripts/own-incident-notes.ts . --set e`):
 * found 60/60, first actor 53/60, place within 50 km 51/60, toll 54/60, date 60/60. The honest figure.
 * After the notes25 fixes (branch notes25, 2026-12-08 01:17 UTC; each checked on sets A-D, both wire sets, the scorecard
 * and the 600-document snapshot, none of which moved): found 60, first actor 57, place within 50 km 54, toll 56, date 60.
 * Left: six villages and districts GeoNames' packaged tables lack, placed at their district's or province's point
 * (Nam Neint and Pinlaung, A Nang Pa and Hpakant, Anderamboukane, Tinzaouatene, Kasindi; "Barangay Buenavista, Himamaylan
 * City (...)" at the Philippines' point); tolls of a riot told in two events (Ranchi: the police's fire in the next
 * sentence; Dhaka: a beating to death beside the clash), an overrun base whose dead are told apart (Damasak), a purpose
 * infinitive read as an act ("attacked the prison to free detainees"); doers: "No group claimed responsibility" (ACLED's
 * Unidentified Armed Group), "milicia" (read as Unidentified Armed Group (Brazil), the key wants a militia's name) and the
 * Sirwah note, whose key (the government first) is arguable (ACLED's actor 1 may be the Houthis who attacked).
 */
import type { IncidentNote } from "./note.js";

export const SET_E: readonly IncidentNote[] = [
  // South Asia: protests and riots
  ["On 4 May 2020, farmers staged a protest outside the office of the Deputy Commissioner in Bathinda (Bathinda, Punjab) demanding compensation for crop damage caused by hailstorms. [size=no report]", ["farmer", "protest"], 30.21, 74.95, 0, "2020-05-04"],
  ["On 12 March 2023, members of the BJP held a demonstration in Kolkata (Kolkata, West Bengal) against alleged corruption in teacher recruitment by the TMC-led state government. [size=around 300]", ["bjp", "bharatiya", "protest"], 22.57, 88.36, 0, "2023-03-12"],
  ["On 26 January 2022, students protesting against the results of the RRB-NTPC examination blocked railway tracks and set fire to a train coach at Gaya Junction (Gaya, Bihar). Police Forces of India (2014-) used tear gas to disperse them. [size=no report]", ["student", "rioter", "protest"], 24.78, 85.0, 0, "2022-01-26"],
  ["On 9 August 2021, Protesters (India) gathered at Jantar Mantar in New Delhi (New Delhi, Delhi) demanding justice for a 9-year-old Dalit girl who was allegedly raped and murdered in the city. [size=around 100]", ["protest"], 28.63, 77.22, 0, "2021-08-09"],
  ["On 10 June 2022, rioters pelted stones at police and vandalised shops on Main Road in Ranchi (Ranchi, Jharkhand) during a protest against remarks about the Prophet by a BJP spokesperson. Police Forces of India (2014-) opened fire, and 2 rioters died. [size=thousands]", ["rioter", "protest", "mob"], 23.35, 85.33, 2, "2022-06-10"],
  ["On 22 May 2018, Police Forces of India (2014-) opened fire on people marching to the Collectorate in Thoothukudi (Thoothukkudi, Tamil Nadu) against the expansion of the Sterlite copper smelter, killing 11 protesters. Protesters had pelted stones and torched vehicles. [size=thousands]", ["police"], 8.8, 78.13, 11, "2018-05-22"],
  ["On 2 February 2021, members of the All Assam Students Union (AASU) staged a sit-in in Guwahati (Kamrup Metropolitan, Assam) against the Citizenship Amendment Act. [size=hundreds]", ["aasu", "all assam students", "student", "protest"], 26.14, 91.74, 0, "2021-02-02"],
  ["On 16 February 2023, traders observed a shutter-down strike and rallied in Peshawar (Peshawar, Khyber Pakhtunkhwa) against the increase in general sales tax and electricity tariffs. [size=no report]", ["trader", "protest"], 34.01, 71.58, 0, "2023-02-16"],
  ["On 9 May 2023, PTI supporters stormed the Corps Commander House in Lahore (Lahore, Punjab) and set it on fire after the arrest of Imran Khan. Rioters also damaged vehicles parked outside. [size=thousands]", ["supporter", "rioter", "pti", "tehreek"], 31.55, 74.34, 0, "2023-05-09"],
  ["On 20 November 2021, activists of the Haq Do Tehreek staged a sit-in on Port Road in Gwadar (Gwadar, Makran) demanding an end to illegal trawling and the removal of check posts. [size=thousands]", ["haq do", "activist", "protest"], 25.12, 62.33, 0, "2021-11-20"],
  ["Around 12 March 2023 (between 10 and 14 March), workers of Jeay Sindh Qaumi Mahaz (JSQM) held a protest outside the press club in Hyderabad (Hyderabad, Sindh) against the enforced disappearance of party activists. [size=no report]", ["jsqm", "jeay sindh", "worker", "protest"], 25.39, 68.37, 0, "2023-03-12"],
  ["On 28 October 2023, BNP supporters clashed with Police Forces of Bangladesh (2009-) near Kakrail (Dhaka, Dhaka) during a grand rally; a police constable was beaten to death and more than 100 people were injured (1 fatality).", ["bnp", "bangladesh nationalist", "supporter", "rioter"], 23.74, 90.41, 1, "2023-10-28"],
  ["On 4 May 2020, garment workers demonstrated on the Dhaka-Tangail highway at Konabari (Gazipur, Dhaka) demanding the payment of unpaid wages for April. [size=around 2000]", ["worker", "garment", "protest"], 24.0, 90.42, 0, "2020-05-04"],
  ["On 31 July 2022, Police Forces of Bangladesh (2009-) opened fire on BNP activists protesting against load-shedding and fuel price hikes in Bhola (Bhola, Barisal), killing 2 activists. [size=no report]", ["police"], 22.69, 90.65, 2, "2022-07-31"],
  // Myanmar
  ["On 4 May 2022, PDF: People's Defense Force fighters clashed with Military Forces of Myanmar (2021-) near Kani town (Kani, Monywa, Sagaing). The PDF claimed several soldiers were killed. Fatalities coded as 10.", ["people's defense", "pdf"], 22.43, 94.85, 10, "2022-05-04"],
  ["On 11 March 2023, Military Forces of Myanmar (2021-) and Pyusawhti militia entered Nam Neint village (Pinlaung, Taunggyi, Shan-South) and shot dead 22 people, including 3 Buddhist monks, at the village monastery.", ["military forces of myanmar", "tatmadaw"], 20.1, 96.78, 22, "2023-03-11"],
  ["On 23 October 2022, Military Forces of Myanmar (2021-) air strikes hit a concert marking the anniversary of the KIO in A Nang Pa village (Hpakant, Mohnyin, Kachin), killing at least 60 people, including singers and KIA officers.", ["military forces of myanmar", "tatmadaw"], 25.61, 96.31, 60, "2022-10-23"],
  ["Around 15 June 2022 (between 13 and 17 June), Pyusawhti militia members abducted and killed 2 NLD members in Ayadaw town (Ayadaw, Monywa, Sagaing). Fatalities: 2.", ["pyusawhti", "pyu saw"], 22.28, 95.45, 2, "2022-06-15"],
  ["On 14 November 2023, AA: Arakan Army attacked a Border Guard Police outpost in Pauktaw (Pauktaw, Sittwe, Rakhine) and clashed with Military Forces of Myanmar (2021-). Several soldiers were reported killed. Fatalities coded as 10.", ["arakan"], 20.19, 93.12, 10, "2023-11-14"],
  // Sudan
  ["On 15 April 2023, Military Forces of Sudan (2019-) clashed with RSF: Rapid Support Forces around the Presidential Palace and Khartoum International Airport in Khartoum (Khartoum, Khartoum). Fatalities coded as 56.", ["military forces of sudan", "sudanese armed", "saf"], 15.6, 32.53, 56, "2023-04-15"],
  ["Non-state actor overtakes territory: On 26 October 2023, RSF: Rapid Support Forces took control of the SAF 16th Infantry Division headquarters in Nyala (Nyala, South Darfur) after weeks of fighting. Fatalities unknown.", ["rapid support", "rsf"], 12.05, 24.88, 0, "2023-10-26"],
  ["On 17 June 2023, a Military Forces of Sudan (2019-) air strike hit a residential neighbourhood in Mayo (Jabal Awliya, Khartoum), killing 17 civilians, including 5 children.", ["military forces of sudan", "sudanese armed", "saf"], 15.5, 32.5, 17, "2023-06-17"],
  // Sahel
  ["On 26 November 2023, JNIM: Group for Support of Islam and Muslims militants attacked Djibo (Djibo, Soum) and clashed with Military Forces of Burkina Faso (2022-) and VDP. Fatalities coded as 40.", ["jnim", "group for support", "jama'at", "nusrat"], 14.1, -1.63, 40, "2023-11-26"],
  ["On 30 December 2022, VDP: Volunteers for the Defense of the Homeland killed at least 28 civilians in Nouna (Nouna, Kossi) after an attack on their base. Fatalities coded as 28.", ["vdp", "volunteers for the defense", "homeland"], 12.73, -3.86, 28, "2022-12-30"],
  ["On 8 March 2022, Islamic State (Sahel) fighters clashed with MSA and GATIA militias near Anderamboukane (Menaka, Menaka), leaving several dead on both sides. Fatalities coded as 10.", ["islamic state", "issp"], 15.43, 3.03, 10, "2022-03-08"],
  ["Government regains territory: On 14 November 2023, Military Forces of Mali (2021-) and Wagner Group took control of Kidal (Kidal, Kidal) after CSP-PSD rebels withdrew from the town. No fatalities reported.", ["mali", "wagner"], 18.44, 1.41, 0, "2023-11-14"],
  ["On 25 July 2024, CSP-DPA: Permanent Strategic Framework for the Defense of the People of Azawad rebels ambushed a convoy of Military Forces of Mali (2021-) and Wagner Group near Tinzaouatene (Abeibara, Kidal). Fatalities coded as 47.", ["csp", "permanent strategic", "azawad"], 19.95, 2.95, 47, "2024-07-25"],
  ["On 21 March 2024, Islamic State (Sahel) militants ambushed a patrol of Military Forces of Niger (2023-) near Tassia (Tera, Tillaberi), killing 23 soldiers.", ["islamic state", "issp"], 14.0, 0.75, 23, "2024-03-21"],
  // Syria
  ["On 12 March 2023, a drone strike by Military Forces of Turkey targeted an SDF vehicle near Qamishli (Qamishli, Al-Hasakeh), killing 2 SDF members.", ["turkey", "turkish"], 37.05, 41.23, 2, "2023-03-12"],
  ["On 4 May 2020, HTS: Hayat Tahrir al-Sham fighters clashed with Military Forces of Syria (2000-) on the Kafr Nabl axis (Maarrat An Numan, Idleb). 3 HTS fighters and 5 regime soldiers were killed.", ["hayat tahrir", "hts"], 35.61, 36.56, 8, "2020-05-04"],
  ["On 20 January 2022, Islamic State militants attacked Ghweiran prison in Al-Hasakeh city (Al-Hasakeh, Al-Hasakeh) to free detainees and clashed with SDF: Syrian Democratic Forces; at least 28 SDF members and 5 civilians were killed on the first day.", ["islamic state"], 36.5, 40.75, 33, "2022-01-20"],
  ["On 5 October 2023, an armed drone hit a graduation ceremony at the Military Academy in Homs (Homs, Homs), killing at least 89 people. No group claimed responsibility.", ["unidentified"], 34.73, 36.72, 89, "2023-10-05"],
  // Yemen
  ["On 12 March 2023, Houthi forces shelled positions of Military Forces of Yemen (2016-) in Hays district (Hays, Al Hudaydah), killing 2 soldiers.", ["houthi", "ansar allah"], 13.93, 43.48, 2, "2023-03-12"],
  ["On 10 February 2021, Military Forces of Yemen (2016-) and Popular Resistance fighters repelled a Houthi attack in Sirwah (Sirwah, Marib). 9 government soldiers and 14 Houthis were killed.", ["military forces of yemen", "government", "popular resistance"], 15.43, 45.01, 23, "2021-02-10"],
  ["On 4 May 2021, Protesters (Yemen) rallied in Taiz city (Al Qahirah, Taizz) demanding the payment of salaries and denouncing the collapse of the rial. [size=no report]", ["protest"], 13.58, 44.02, 0, "2021-05-04"],
  // Ukraine and Russia
  ["On 12 March 2023, Russian forces shelled Bilozerka (Bilozerska, Khersonskyi, Kherson), killing 1 civilian and wounding 2.", ["russia"], 46.63, 32.43, 1, "2023-03-12"],
  ["On 4 May 2023, Military Forces of Russia (2000-) struck Vovchansk (Vovchanska, Chuhuivskyi, Kharkiv) with guided aerial bombs. 2 civilians were killed.", ["russia"], 50.29, 36.94, 2, "2023-05-04"],
  ["On 17 March 2024, a Military Forces of Ukraine (2019-) drone struck an oil refinery in Slavyansk-na-Kubani (Slavyanskiy, Krasnodar), setting a unit on fire. No fatalities reported.", ["ukraine"], 45.26, 38.12, 0, "2024-03-17"],
  ["On 30 December 2023, Military Forces of Ukraine (2019-) shelled the centre of Belgorod (Belgorod, Belgorod) with rockets, killing 25 civilians, including 5 children.", ["ukraine"], 50.6, 36.59, 25, "2023-12-30"],
  // Mexico
  ["On 12 March 2023, CJNG: Jalisco New Generation Cartel gunmen clashed with Police Forces of Mexico (2018-) state police in Celaya (Celaya, Guanajuato), killing 2 police officers and 3 gunmen.", ["cjng", "jalisco"], 20.52, -100.81, 5, "2023-03-12"],
  ["On 23 October 2023, gunmen of La Familia Michoacana ambushed a convoy of Police Forces of Mexico (2018-) in El Papayo (Coyuca de Benitez, Guerrero), killing 13 police officers.", ["familia michoacana"], 17.03, -100.0, 13, "2023-10-23"],
  ["As reported on 15 May 2022, on 13 May 2022, unidentified gunmen shot dead 3 members of the Mennonite community on a road outside Cuauhtemoc (Cuauhtemoc, Chihuahua).", ["unidentified"], 28.41, -106.86, 3, "2022-05-13"],
  // Brazil
  ["On 28 October 2021, Police Forces of Brazil (2019-2022) Military Police killed 3 suspects during an operation against drug traffickers in the Sussuarana neighbourhood of Salvador (Salvador, Bahia).", ["police"], -12.95, -38.47, 3, "2021-10-28"],
  ["Around 12 March 2023 (between 10 and 14 March), milicia members shot and killed a community leader who had denounced illegal construction in Campo Grande (Rio de Janeiro, Rio de Janeiro). Fatalities: 1.", ["milicia", "militia"], -22.9, -43.56, 1, "2023-03-12"],
  // Colombia
  ["On 4 May 2020, AGC: Gaitanist Self-Defense Forces of Colombia (Clan del Golfo) clashed with ELN: National Liberation Army in rural Litoral del San Juan (Litoral del San Juan, Choco). 4 fatalities.", ["agc", "gaitanist", "clan del golfo"], 4.26, -77.36, 4, "2020-05-04"],
  ["On 29 March 2023, ELN: National Liberation Army militants attacked a military base in El Carmen (El Carmen, Norte de Santander) with explosives and rifles, killing 9 soldiers.", ["eln", "national liberation"], 8.51, -73.45, 9, "2023-03-29"],
  ["On 12 March 2023, FARC dissidents of the Estado Mayor Central (EMC) kidnapped 2 soldiers in rural Jamundi (Jamundi, Valle del Cauca). No fatalities reported.", ["farc", "dissident", "estado mayor", "emc"], 3.26, -76.54, 0, "2023-03-12"],
  // DRC
  ["On 12 March 2023, Wazalendo militias clashed with M23: March 23 Movement near Kitshanga (Masisi, Nord-Kivu), killing several M23 fighters. Fatalities coded as 10.", ["wazalendo"], -1.42, 28.95, 10, "2023-03-12"],
  ["On 15 January 2023, a bomb planted by ADF: Allied Democratic Forces exploded in a Pentecostal church in Kasindi (Beni, Nord-Kivu) during a service, killing 17 people. Islamic State claimed responsibility.", ["adf", "allied democratic", "islamic state"], 0.04, 29.71, 17, "2023-01-15"],
  ["On 20 May 2023, opposition supporters protesting against the high cost of living and the electoral process clashed with Police Forces of the Democratic Republic of Congo (2019-) in Kinshasa (Gombe, Kinshasa). No fatalities reported. [size=thousands]", ["protest", "opposition", "supporter", "rioter"], -4.32, 15.31, 0, "2023-05-20"],
  // Nigeria
  ["On 12 March 2023, bandits attacked Kurmin Masara village (Zangon Kataf, Kaduna) during a football viewing, killing 17 people. Fatalities: 17.", ["bandit", "unidentified"], 9.8, 8.35, 17, "2023-03-12"],
  ["On the night of 4 May 2020, Unidentified Armed Group (Nigeria) abducted 12 passengers along the Kaduna-Abuja highway near Katari (Kachia, Kaduna).", ["unidentified"], 9.8, 7.7, 0, "2020-05-04"],
  ["On 12 April 2021, ISWAP militants overran the army base in Damasak (Mobbar, Borno) and burned UN facilities; 5 soldiers were killed.", ["islamic state", "iswap"], 13.1, 12.5, 5, "2021-04-12"],
  ["On 9 January 2024, Vigilante Group (Nigeria) members killed 3 suspected bandits in Kankara (Kankara, Katsina).", ["vigilante"], 11.93, 7.41, 3, "2024-01-09"],
  // Somalia
  ["On 26 May 2023, Al Shabaab attacked the ATMIS base in Buulo Mareer (Marka, Lower Shabelle), killing 54 Ugandan soldiers.", ["shabaab"], 1.75, 44.55, 54, "2023-05-26"],
  ["Government regains territory: On 17 January 2023, Military Forces of Somalia (2022-) and Macawisley militia took control of El Bur (Ceel Buur, Galgaduud) after Al Shabaab fighters withdrew. No fatalities reported.", ["somalia", "sna"], 4.68, 46.62, 0, "2023-01-17"],
  // Mozambique, Cameroon, Haiti, Philippines
  ["On 10 May 2024, ISM: Islamic State (Mozambique) militants raided Macomia town (Macomia, Cabo Delgado) and clashed with Military Forces of Mozambique (2015-), killing 3 soldiers.", ["islamic state", "ism"], -12.24, 40.12, 3, "2024-05-10"],
  ["On 4 May 2020, Ambazonian separatists abducted and killed a teacher in Kumba (Meme, Sud-Ouest). (1 fatality)", ["ambazonia", "separatist"], 4.64, 9.45, 1, "2020-05-04"],
  ["Around 26 April 2022 (between 24 and 28 April), 400 Mawozo gang members clashed with the Chen Mechan gang in Croix-des-Bouquets (Croix-des-Bouquets, Ouest), killing at least 75 people.", ["mawozo"], 18.58, -72.23, 75, "2022-04-26"],
  ["On 12 March 2023, NPA: New People's Army rebels clashed with Military Forces of the Philippines (2022-) in Barangay Buenavista, Himamaylan City (Himamaylan, Negros Occidental), killing 1 soldier.", ["npa", "new people"], 10.1, 122.87, 1, "2023-03-12"],
];
