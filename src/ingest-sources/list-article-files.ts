import { open, readdir } from "node:fs/promises";
import { join } from "node:path";
import { SNIFF_BYTES } from "./heuristics.js";

/**
 * The files under a folder, recursively, in a stable order (names compared by code unit, folder by
 * folder, so every machine and locale lists them alike). Hidden files and folders (a name starting
 * with ".") are left out, and so are binary files (a NUL byte in the first SNIFF_BYTES: images, PDFs,
 * archives), which `onSkip` is told about.
 */
export async function* listArticleFiles(folder: string, onSkip: (path: string, why: string) => void = () => {}): AsyncGenerator<string> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter((e) => !e.name.startsWith(".")).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* listArticleFiles(path, onSkip);
    else if (entry.isFile()) {
      if (await isBinaryFile(path)) onSkip(path, "binary");
      else yield path;
    }
  }
}

/** The first bytes of a file (at most SNIFF_BYTES), for telling feeds, manifests and binary files apart. */
export async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function isBinaryFile(path: string): Promise<boolean> {
  const head = await readHead(path);
  // UTF-16 text has NUL bytes but opens with a byte order mark.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  return head.includes(0);
}
