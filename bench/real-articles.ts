/**
 * Every real news text in the eval corpora (../shared/eval, or SITREP_EVAL_DATA), read in place and
 * never copied into the project, as `sitrep ingest` manifest records ({id, url, title, published,
 * text}): the material of the serve benchmark's store (issue 9 item 5). Each text once, as the corpus
 * gives it, with its dateline or publication date where the corpus has one; nothing generated.
 *
 * Corpora, in this order: PolNeAR (train + dev), IndiaPoliceEvents, LGL, GeoWebNews, GeoVirus,
 * TempEval-3 (TimeBank + AQUAINT), MUC-4 TST3, WikiEvents dev, RAMS dev, re3d, CoNLL-2003 (train and
 * dev; the tokens joined back with spaces), CASE 2021 snippets, and the founding article.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface ManifestRecord {
  readonly id: string;
  readonly url?: string;
  readonly title?: string;
  readonly published?: string;
  readonly text: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d{1,7});/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

/** An XML element's text (CDATA or escaped), or undefined. Bounded, linear patterns: one element at a time. */
function element(xml: string, name: string): string | undefined {
  const open = xml.indexOf(`<${name}`);
  if (open < 0) return undefined;
  const start = xml.indexOf(">", open);
  const end = xml.indexOf(`</${name}>`, start);
  if (start < 0 || end < 0) return undefined;
  const body = xml.slice(start + 1, end);
  const cdata = body.indexOf("<![CDATA[");
  if (cdata >= 0) {
    const close = body.lastIndexOf("]]>");
    return body.slice(cdata + 9, close > cdata ? close : undefined);
  }
  return unescapeXml(body);
}

/** The `<article ...> ... </article>` blocks of a corpus file. */
function* articleBlocks(xml: string): Generator<string> {
  let at = 0;
  for (;;) {
    const open = xml.indexOf("<article", at);
    if (open < 0) return;
    const end = xml.indexOf("</article>", open);
    if (end < 0) return;
    yield xml.slice(open, end);
    at = end + 10;
  }
}

/** A PolNeAR file is named outlet_YYYY-MM-DD_slug: the outlet and date where no metadata file says them. */
function polnearFileMeta(id: string): { publisher: string; date: string } | undefined {
  const m = /^([a-z]+)_(\d{4}-\d{2}-\d{2})_/.exec(id);
  return m ? { publisher: m[1]!, date: m[2]! } : undefined;
}

/** PolNeAR train + dev (a copy may hold dev only); read also by scripts/eval-manifests.ts. */
export function* polnear(evalDir: string): Generator<ManifestRecord> {
  const meta = new Map<string, { date: string; title: string }>();
  const metaFile = join(evalDir, "polnear", "metadata.tsv");
  if (existsSync(metaFile)) {
    for (const line of readFileSync(metaFile, "utf8").split("\n").slice(1)) {
      const c = line.split("\t");
      if (c.length > 7) meta.set(c[1]!, { date: c[5]!, title: c[7]! });
    }
  }
  for (const split of ["train", "dev"]) {
    const dir = join(evalDir, "polnear", split, "text");
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".txt")) continue;
      const id = name.replace(/\.txt$/, "");
      const m = meta.get(id);
      const fromName = m ? undefined : polnearFileMeta(id);
      const date = m?.date ?? fromName?.date;
      // Without metadata, the outlet the file name gives goes into a URL, so the store's sources name it.
      const url = fromName ? `https://${fromName.publisher}.example/${id}` : undefined;
      yield { id, ...(url ? { url } : {}), ...(m?.title ? { title: m.title } : {}), ...(date && DAY.test(date) ? { published: date } : {}), text: readFileSync(join(dir, name), "utf8") };
    }
  }
}

/** IndiaPoliceEvents with each article's URL and day; read also by scripts/eval-manifests.ts. */
export function* indiaPoliceEvents(evalDir: string): Generator<ManifestRecord> {
  const docs = join(evalDir, "india-police-events", "docs.jsonl");
  if (!existsSync(docs)) return;
  const meta = new Map<number, { date: string; url: string }>();
  const metaFile = join(evalDir, "india-police-events", "metadata.jsonl");
  if (existsSync(metaFile)) {
    for (const line of readFileSync(metaFile, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const m = JSON.parse(line) as { doc_id: number; date: string; url: string };
      meta.set(m.doc_id, { date: m.date, url: m.url });
    }
  }
  for (const line of readFileSync(docs, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { doc_id: number; doc_text: string };
    const m = meta.get(d.doc_id);
    yield { id: `ipe-${d.doc_id}`, ...(m?.url ? { url: m.url } : {}), ...(m && DAY.test(m.date.slice(0, 10)) ? { published: m.date.slice(0, 10) } : {}), text: d.doc_text };
  }
}

function* geoparsing(evalDir: string): Generator<ManifestRecord> {
  for (const [file, tag] of [
    ["lgl.xml", "lgl"],
    ["GeoWebNews_GWN.xml", "gwn"],
    ["GeoVirus.xml", "geovirus"],
  ] as const) {
    const path = join(evalDir, "geoparsing", file);
    if (!existsSync(path)) continue;
    let i = 0;
    for (const block of articleBlocks(readFileSync(path, "utf8"))) {
      const text = element(block, "text");
      const n = i++;
      if (!text?.trim()) continue;
      const title = element(block, "title")?.trim();
      const url = (element(block, "url") ?? element(block, "link") ?? element(block, "source"))?.trim();
      const day = element(block, "dltime")?.slice(0, 10);
      yield { id: `${tag}-${n}`, ...(title ? { title } : {}), ...(url && /^https?:\/\//.test(url) ? { url } : {}), ...(day && DAY.test(day) ? { published: day } : {}), text };
    }
  }
}

function* tempeval(evalDir: string): Generator<ManifestRecord> {
  for (const sub of ["TimeBank", "AQUAINT"]) {
    const dir = join(evalDir, "tempeval3", "TBAQ-cleaned", sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".tml")).sort()) {
      const xml = readFileSync(join(dir, f), "utf8");
      const body = element(xml, "TEXT");
      if (!body) continue;
      // The TimeML tags inside the text (EVENT, TIMEX3, SIGNAL) dropped: the words stay.
      const text = unescapeXml(body.replace(/<[^<>]{0,500}>/g, ""));
      const dct = /value="(\d{4}-\d{2}-\d{2})/.exec(element(xml, "DCT") ?? "")?.[1];
      yield { id: `tempeval3-${f.replace(/\.tml$/, "")}`, ...(dct ? { published: dct } : {}), text };
    }
  }
}

function* muc4(evalDir: string): Generator<ManifestRecord> {
  const path = join(evalDir, "muc4", "tst3-muc4");
  if (!existsSync(path)) return;
  let id: string | null = null;
  let lines: string[] = [];
  const flush = function* (): Generator<ManifestRecord> {
    if (id && lines.join("").trim()) yield { id: `muc4-${id}`, text: lines.join("\n").trim() };
  };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (/^TST3-MUC4-\d{4}\s*$/.test(line)) {
      yield* flush();
      id = line.trim();
      lines = [];
    } else lines.push(line);
  }
  yield* flush();
}

function* jsonLines<T>(path: string): Generator<T> {
  if (!existsSync(path)) return;
  for (const line of readFileSync(path, "utf8").split("\n")) if (line.trim()) yield JSON.parse(line) as T;
}

function* wikievents(evalDir: string): Generator<ManifestRecord> {
  for (const d of jsonLines<{ doc_id: string; text: string }>(join(evalDir, "wikievents", "dev.jsonl"))) yield { id: `wikievents-${d.doc_id}`, text: d.text };
}

function* rams(evalDir: string): Generator<ManifestRecord> {
  for (const d of jsonLines<{ doc_key: string; sentences: string[][] }>(join(evalDir, "rams", "dev.jsonlines"))) {
    yield { id: `rams-${d.doc_key}`, text: d.sentences.map((s) => s.join(" ")).join("\n") };
  }
}

function* re3d(evalDir: string): Generator<ManifestRecord> {
  const root = join(evalDir, "re3d");
  if (!existsSync(root)) return;
  for (const source of readdirSync(root).sort()) {
    const path = join(root, source, "documents.json");
    if (!existsSync(path)) continue;
    // One JSON object a line (MongoDB export).
    for (const d of jsonLines<{ _id: string; sourceUrl?: string; title?: string; text: string }>(path)) {
      yield { id: `re3d-${d._id}`, ...(d.title ? { title: d.title } : {}), ...(d.sourceUrl && /^https?:\/\//.test(d.sourceUrl) ? { url: d.sourceUrl } : {}), text: d.text };
    }
  }
}

/**
 * CoNLL-2003: Reuters stories of 1996-97, tokenised. dev.txt separates documents with -DOCSTART-;
 * train.txt has none, so a story is taken to start at its headline: the line before a dateline
 * ("BRUSSELS 1996-08-22"), or two lines before when a byline stands between.
 */
function* conll(evalDir: string): Generator<ManifestRecord> {
  const dateline = /^\S.{0,80} (\d{4}-\d{2}-\d{2})$/;
  const story = (sentences: string[], id: string): ManifestRecord | null => {
    const text = sentences.join("\n").trim();
    if (!text) return null;
    const day = sentences.map((s) => dateline.exec(s)?.[1]).find((d) => d);
    return { id, ...(day ? { published: day } : {}), text };
  };
  const dev = join(evalDir, "conll2003", "dev.txt");
  if (existsSync(dev)) {
    let n = 0;
    let sentences: string[] = [];
    let tokens: string[] = [];
    const endSentence = () => {
      if (tokens.length) sentences.push(tokens.join(" "));
      tokens = [];
    };
    const docs: ManifestRecord[] = [];
    for (const line of readFileSync(dev, "utf8").split("\n")) {
      if (line.startsWith("-DOCSTART-")) {
        endSentence();
        const s = story(sentences, `conll-dev-${n++}`);
        if (s) docs.push(s);
        sentences = [];
      } else if (!line.trim()) endSentence();
      else tokens.push(line.split(" ")[0]!);
    }
    endSentence();
    const last = story(sentences, `conll-dev-${n++}`);
    if (last) docs.push(last);
    yield* docs;
  }
  const train = join(evalDir, "conll2003", "train.txt");
  if (existsSync(train)) {
    const lines = readFileSync(train, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => l.split(" ").map((t) => t.slice(0, t.lastIndexOf("###") >= 0 ? t.lastIndexOf("###") : undefined)));
    const starts: number[] = [];
    lines.forEach((tokens, i) => {
      if (!dateline.test(tokens.join(" "))) return;
      // A byline (a name alone) between headline and dateline.
      const byline = i >= 2 && lines[i - 1]!.length <= 4 && /^[A-Z]/.test(lines[i - 1]![0] ?? "");
      const start = Math.max(0, i - (byline ? 2 : 1));
      if (starts.length === 0 || start > starts[starts.length - 1]!) starts.push(start);
    });
    if (starts[0] !== 0) starts.unshift(0);
    for (let k = 0; k < starts.length; k++) {
      const s = story(lines.slice(starts[k], starts[k + 1] ?? lines.length).map((t) => t.join(" ")), `conll-train-${k}`);
      if (s) yield s;
    }
  }
}

function* caseSnippets(evalDir: string): Generator<ManifestRecord> {
  const path = join(evalDir, "case2021", "dev.tsv");
  if (!existsSync(path)) return;
  for (const line of readFileSync(path, "utf8").split("\n").slice(1)) {
    const [id, text] = line.split("\t");
    if (id && text?.trim()) yield { id: `case2021-${id}`, text };
  }
}

function* seed(evalDir: string): Generator<ManifestRecord> {
  const path = join(evalDir, "seed", "article.txt");
  if (existsSync(path)) yield { id: "seed-article", published: "2021-10-10", text: readFileSync(path, "utf8") };
}

/** The corpora by name, each a generator of its texts. */
export const CORPORA: Readonly<Record<string, (evalDir: string) => Generator<ManifestRecord>>> = {
  polnear,
  "india-police-events": indiaPoliceEvents,
  geoparsing,
  tempeval3: tempeval,
  muc4,
  wikievents,
  rams,
  re3d,
  conll2003: conll,
  case2021: caseSnippets,
  seed,
};
