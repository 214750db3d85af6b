import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes a file aside and renames it into place (creating its directory), so that a process reading
 * it meanwhile (a start-up reading a cache the build is rewriting) sees the old file or the new one,
 * never half of one. The file aside is removed if the write fails.
 */
export function writeFileWhole(path: string, bytes: string | NodeJS.ArrayBufferView): void {
  mkdirSync(dirname(path), { recursive: true });
  const aside = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(aside, bytes);
    renameSync(aside, path);
  } finally {
    rmSync(aside, { force: true });
  }
}
