// .dossier/validated.json: the content hashes of workspace files that passed validation the last
// time they were read, so the next open parses them with JSON.parse alone instead of running the
// schemas again (about half of a large workspace's load time; issue 13).
//
// What makes skipping validation safe:
// - Keys are "<kind>:<SHA-1 of the file's bytes>". A file changed on disk has other bytes, so it
//   misses and is validated in full; its old key is dropped at the next write.
// - A hash is recorded only for a file validation left unchanged: the validated data equals what
//   JSON.parse gave (sameJson), so JSON.parse alone gives what validation would give for the same
//   bytes. Files from older versions (migrated), with unknown fields (removed by validation) or
//   defaults to fill in are not recorded and are always validated. Dossier's own saves are
//   validated data, so a workspace Dossier wrote is recorded whole.
// - The cache belongs to one set of rules: the schema version, the zod version and the size and
//   modification time of the files of this module's folder (schemas, migrations, parsing; the
//   bundle's chunks in a built app). Any other stamp, a missing, unreadable or malformed cache is
//   ignored (every file is validated) and rewritten by the next writable open. Code not loaded
//   from files (no stamp to take) never uses the cache.
// - It never decides whether a file is good on its own: a recorded file that does not parse is
//   validated in full and reported by name like any other broken file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { fileStamps } from '../fileStamps';
import { replaceCacheFileSync } from './durableFile';
import { parseJsonText } from './jsonText';
import type { FileKind } from './migrations';
import { CURRENT_SCHEMA_VERSION } from './schemas';

/** Bump when the file's shape changes. */
const FORMAT = 1;

interface CacheFile {
  format: number;
  rules: string;
  /** "<kind>:<content hash>" of each file that validated unchanged. */
  files: string[];
}

/** Workspace-relative path of the cache. */
export const VALIDATED_FILE = '.dossier/validated.json';

/** The cache key of a file of `kind` whose bytes have content hash `hash`. */
export function validatedKey(kind: FileKind, hash: string): string {
  return `${kind}:${hash}`;
}

/**
 * True when two JSON values are equal: same types, array items in order, the same object keys
 * (in any order) with equal values. For validated data, whose depth the schemas bound; about 4x
 * faster than comparing pretty-printed text and 1.5x faster than util.isDeepStrictEqual here.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  if (keys.length !== Object.keys(rb).length) return false;
  for (const k of keys) if (!Object.hasOwn(rb, k) || !sameJson(ra[k], rb[k])) return false;
  return true;
}

let rulesMemo: string | null | undefined;

/**
 * The identity of the validation rules: schema format, zod's version and the name, size and
 * mtime of the code files beside this module. Null when those files cannot be listed: the schemas
 * could then change unseen, so the cache is not used.
 */
export function validationRules(): string | null {
  if (rulesMemo !== undefined) return rulesMemo;
  let stamps: string[] = [];
  try {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const names = fs.readdirSync(dir).filter((n) => /\.(?:ts|js|mjs|cjs)$/.test(n)).sort();
    stamps = fileStamps(dir, names);
  } catch {
    // not loaded from a file
  }
  const v = z.core.version;
  rulesMemo = stamps.length === 0 ? null : [`format ${FORMAT}`, `schema ${CURRENT_SCHEMA_VERSION}`, `zod ${v.major}.${v.minor}.${v.patch}`, ...stamps].join('|');
  return rulesMemo;
}

/** The recorded keys; empty when the cache is missing, unreadable, malformed or for other rules. */
export function readValidatedFiles(root: string): Set<string> {
  if (validationRules() === null) return new Set();
  try {
    const data = parseJsonText(fs.readFileSync(path.join(root, VALIDATED_FILE), 'utf8')) as Partial<CacheFile> | null;
    if (data === null || typeof data !== 'object' || data.format !== FORMAT || data.rules !== validationRules()) return new Set();
    if (!Array.isArray(data.files)) return new Set();
    return new Set(data.files.filter((k): k is string => typeof k === 'string'));
  } catch {
    return new Set();
  }
}

/**
 * Replaces the cache with `keys` (replaceCacheFileSync: old keys after a power cut only miss). A
 * cache that cannot be written only costs time at the next open, so errors are swallowed.
 */
export function writeValidatedFiles(root: string, keys: Iterable<string>): void {
  const rules = validationRules();
  if (rules === null) return;
  const body: CacheFile = { format: FORMAT, rules, files: [...new Set(keys)].sort() };
  try {
    replaceCacheFileSync(path.join(root, VALIDATED_FILE), JSON.stringify(body));
  } catch {
    // rebuilt by the next writable open
  }
}
