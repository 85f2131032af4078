// Cheap change detection for folders of data files (templates, rule packs, profiles, question
// banks): a file's name, modification time and size, so a cache is rebuilt only when one changes.
//
// An overview such as the dashboard asks the same loaders once per company and per document
// (about 550 folder listings and 3,700 stats for 50 companies); inside withDataFoldersSettled
// each folder is listed and each file stamped once, and the loaders' own caches do the rest.
import fs from 'node:fs';
import path from 'node:path';

/** While withDataFoldersSettled runs: listings by folder and stamps by file path. */
let settled: { listings: Map<string, string[] | null>; stamps: Map<string, string> } | null = null;

/**
 * Runs `fn` (synchronous, and only reading) with each data folder listed and each data file
 * stamped at most once; a file changed meanwhile is seen by the next call outside. Nested calls
 * share the outer one's view.
 */
export function withDataFoldersSettled<T>(fn: () => T): T {
  if (settled !== null) return fn();
  settled = { listings: new Map(), stamps: new Map() };
  try {
    return fn();
  } finally {
    settled = null;
  }
}

/** The names of the .json files in `dir`, sorted; null when the folder cannot be listed. */
export function jsonFilesIn(dir: string): string[] | null {
  const hit = settled?.listings.get(dir);
  if (hit !== undefined) return hit;
  let names: string[] | null;
  try {
    names = fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    names = null;
  }
  settled?.listings.set(dir, names);
  return names;
}

/** "name:mtimeMs:size" for each of `names` in `dir` ("name:gone" for one that vanished meanwhile). */
export function fileStamps(dir: string, names: string[]): string[] {
  return names.map((name) => {
    const file = path.join(dir, name);
    const hit = settled?.stamps.get(file);
    if (hit !== undefined) return hit;
    let stamp: string;
    try {
      const st = fs.statSync(file);
      stamp = `${name}:${st.mtimeMs}:${st.size}`;
    } catch {
      stamp = `${name}:gone`;
    }
    settled?.stamps.set(file, stamp);
    return stamp;
  });
}
