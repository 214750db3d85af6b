/**
 * Every tunable of the places stage, with its unit and why it has this value. Weights are in
 * score points added to a candidate; a candidate's base score is W_POPULATION * log10(population).
 * They were tuned on the three geoparsing development corpora together (LGL, GeoWebNews, GeoVirus)
 * with gold toponym spans, never on one file.
 */

/** Longest toponym we look up, in tokens ("Democratic Republic of the Congo" is 5). */
export const MAX_TOPONYM_TOKENS = 6;

/**
 * People: a city this large (or any country or province) is never taken for a surname, even when
 * a capitalised name ends with it ("Downtown Atlanta"); smaller namesakes ("Jones", "Clark") are.
 */
export const MAJOR_PLACE_POPULATION = 100_000;

/** Candidates kept per name after the prior ranking: enough for "Springfield" (30+ in the US). */
export const MAX_CANDIDATES_PER_NAME = 40;

/** Score points per factor of ten in population: the base prior (the "population baseline"). */
export const W_POPULATION = 1;

/**
 * Places with no population recorded (villages, many admin seats) are given this many people, so
 * log10 stays finite and they rank below real towns of the same name.
 */
export const UNKNOWN_POPULATION = 200;

/**
 * Prior by kind. Countries, regions and landmarks have a flat prior: 12 points is above any city's
 * log10(population), so a bare "Mexico" or "Jordan" stays the country unless a container ("Mexico,
 * Missouri") or a strong local focus says otherwise. Divisions add points on top of
 * log10(population), since "Georgia" or "Punjab" alone usually means the division, not a village.
 */
export const KIND_PRIOR = { country: 12, region: 12, feature: 6, admin1: 1.5, admin2: 1, city: 0 } as const;

/** Points off a county or district matched by its bare name ("Dallas" for Dallas County): the town usually is meant. */
export const BARE_COUNTY_PENALTY = 3;

/**
 * Bonus for the city a curated alias names (data/lexicons/places/city-aliases.tsv): "New York"
 * in news is the city far more often than the state, which outweighs it in population.
 */
export const CURATED_ALIAS_BONUS = 2;

/**
 * Points off a place found only in the gazetteer's secondary index (a GeoNames alternate name,
 * "Kuysinjaq" for Koysinceq, or a minor place): a weaker claim than a place's main name, so a
 * homonym listed under its main name of about the same standing wins, while the article's
 * country focus still outweighs it.
 */
export const SECONDARY_NAME_PENALTY = 1;

/**
 * Country evidence (see W_COUNTRY_FOCUS; 1 = one resolved place, 2 = a country named once) that the
 * rest of the article must give a secondary-index reading's country for it to be kept: below it, a
 * village abroad is less likely than a place the gazetteer lacks.
 */
export const MIN_SECONDARY_SUPPORT = 0.5;

/** Points off a province named like its own capital ("Aleppo"), unless a cue says province. */
export const PROVINCE_LIKE_SEAT_PENALTY = 3;

/** Capitals get extra weight: news names capitals far more often than their population suggests. */
export const CAPITAL_BONUS = 3;
/** First-order admin seats (PPLA): regional capitals are named more often than towns of their size. */
export const ADMIN_SEAT_BONUS = 0.5;

/** Weight of the article's country focus: points per unit of log(1 + evidence). */
export const W_COUNTRY_FOCUS = 2.5;
/** Weight of the article's admin1 focus (other places in the same state or province). */
export const W_ADMIN1_FOCUS = 3;

/** Evidence given by an explicit country name or demonym, relative to 1 for a resolved place. */
export const COUNTRY_MENTION_EVIDENCE = 2;

/**
 * Evidence given by a named party of the article with a country of its own (the actors stage's
 * dictionary: "Taliban" AF, "Houthis" YE, "Boko Haram" NG), once per party, relative to 1 for a
 * resolved place: as much as a demonym, since "Taliban fighters" says Afghanistan as "Afghan
 * fighters" does. The geoparsing corpora run no actors stage, so it leaves their scores alone.
 */
export const PARTY_COUNTRY_EVIDENCE = 2;

/**
 * Bonus for a candidate lying inside the place named right after it ("Paris, Texas",
 * "Jalalabad in eastern Afghanistan"): an explicit container is the strongest cue there is.
 */
export const CONTAINER_BONUS = 8;

/** Bonus for a candidate whose kind matches a cue word ("Parwan province" -> admin1). */
export const CUE_KIND_BONUS = 6;

/** Words of white space/punctuation allowed between a toponym and its container ("X, in eastern Y"). */
export const MAX_CONTAINER_GAP_TOKENS = 3;

/**
 * A homonym abroad: a town or district with fewer people than this, in a country nothing else in
 * the article points to (support below MIN_SECONDARY_SUPPORT) and with no container in the text,
 * while the article points to another country at least MIN_FOCUS_FOR_ABROAD, is more likely a place
 * of the article's country that the gazetteer lacks ("Escalon" and "San Benito" in a San Salvador
 * story are neighbourhoods there, not towns of California): left to the enclosing-place step.
 */
export const MINOR_ABROAD_POPULATION = 50_000;
/** Country evidence (1 = a resolved place, 2 = a country named once) the article's main country needs for the rule above. */
export const MIN_FOCUS_FOR_ABROAD = 2;

/** Rounds of re-ranking with the focus computed from the previous round's choices. */
export const FOCUS_ROUNDS = 2;

/**
 * How sharply a name's readings share out its evidence for the focus (softmax temperature, in
 * score points): a reading this many points below another weighs e^-1 as much. 0.434 = 1/ln 10
 * makes the weights proportional to population.
 */
export const FOCUS_TEMPERATURE = 0.434;

/** The resolution weights as one object, so the tuning script can try variants of them. */
export interface ResolutionWeights {
  readonly population: number;
  readonly kindPrior: { readonly [kind: string]: number };
  readonly capitalBonus: number;
  readonly adminSeatBonus: number;
  readonly countryFocus: number;
  readonly admin1Focus: number;
  readonly countryMentionEvidence: number;
  readonly partyCountryEvidence: number;
  readonly containerBonus: number;
  readonly cueKindBonus: number;
  readonly bareCountyPenalty: number;
  readonly curatedAliasBonus: number;
  readonly provinceLikeSeatPenalty: number;
  readonly secondaryNamePenalty: number;
  readonly minSecondarySupport: number;
  readonly minorAbroadPopulation: number;
  readonly minFocusForAbroad: number;
  readonly focusRounds: number;
  readonly focusTemperature: number;
}

export const RESOLUTION_WEIGHTS: ResolutionWeights = {
  population: W_POPULATION,
  kindPrior: KIND_PRIOR,
  capitalBonus: CAPITAL_BONUS,
  adminSeatBonus: ADMIN_SEAT_BONUS,
  countryFocus: W_COUNTRY_FOCUS,
  admin1Focus: W_ADMIN1_FOCUS,
  countryMentionEvidence: COUNTRY_MENTION_EVIDENCE,
  partyCountryEvidence: PARTY_COUNTRY_EVIDENCE,
  containerBonus: CONTAINER_BONUS,
  cueKindBonus: CUE_KIND_BONUS,
  bareCountyPenalty: BARE_COUNTY_PENALTY,
  curatedAliasBonus: CURATED_ALIAS_BONUS,
  provinceLikeSeatPenalty: PROVINCE_LIKE_SEAT_PENALTY,
  secondaryNamePenalty: SECONDARY_NAME_PENALTY,
  minSecondarySupport: MIN_SECONDARY_SUPPORT,
  minorAbroadPopulation: MINOR_ABROAD_POPULATION,
  minFocusForAbroad: MIN_FOCUS_FOR_ABROAD,
  focusRounds: FOCUS_ROUNDS,
  focusTemperature: FOCUS_TEMPERATURE,
};

/**
 * Kinds of place in a sentence that may stand for an unlisted name in it as its container
 * ("a village in Kisima area, Isiolo County"): divisions and countries. Counting a town named in
 * the same sentence too ("X, west of Mosul") scored the same acc@161 on the three development
 * corpora together, so only true containers count; the article's main place (a town, often) is
 * still used when it lies inside the sentence's container.
 */
export const ENCLOSING_KINDS_IN_SENTENCE: ReadonlySet<string> = new Set(["country", "admin1", "admin2"]);

/**
 * Tokens allowed between an unlisted name and a division or country of another country than the
 * article's for that one to contain it ("Qarvesh in northern Pakistan" is 2): farther away in the
 * sentence it is more often another place of a list than the name's container, and the article's
 * main place scored better (acc@161 +0.4 GeoWebNews, +0.1 GeoVirus, -0.1 LGL).
 */
export const MAX_FOREIGN_CONTAINER_GAP_TOKENS = 3;
