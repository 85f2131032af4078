// Built-in data files (templates/, resources/rubrics/, resources/companies/) validated once, when
// the CLI is built, instead of at every start. The build runs the loaders with recording on and
// saves what each file validated to (out/cli/builtins.json, JSON); the CLI installs that table
// before a command runs. A loader then takes a file's recorded result only while the file's stamp
// (name, modification time and size, see fileStamps.ts) is the one recorded: an edited, added or
// removed file is read and validated as usual. Only built-in files are recorded; a workspace's own
// templates are always validated. Without a table (the server, tests, the sources through tsx)
// nothing changes.

/** One file's validation outcome as a loader recorded it, with the file's stamp at the time. */
export interface PrevalidatedEntry {
  stamp: string;
  value: unknown;
}

/** Recorded outcomes by the file's path relative to the app root (templates/impact-brief.json). */
export type PrevalidatedTable = Record<string, PrevalidatedEntry>;

let installed: Map<string, PrevalidatedEntry> | null = null;
/** While recordPrevalidated runs: each remembered outcome as JSON text, by key. */
let recording: Map<string, { stamp: string; json: string }> | null = null;

/** Makes `table` the recorded outcomes the loaders may use (replacing any earlier one). */
export function installPrevalidated(table: PrevalidatedTable): void {
  installed = new Map(Object.entries(table));
}

/** Drops the installed table (tests). */
export function clearPrevalidated(): void {
  installed = null;
}

/**
 * The outcome recorded for `key` when its stamp equals `stamp`, else undefined (validate the
 * file). `T` is what the loader passed to rememberValidated for the same key.
 */
export function prevalidated<T>(key: string, stamp: string): T | undefined {
  const hit = installed?.get(key);
  return hit !== undefined && hit.stamp === stamp ? (hit.value as T) : undefined;
}

/** True when `v` is JSON data that JSON.parse(JSON.stringify(v)) gives back unchanged. */
function isPlainJson(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return Object.keys(v).length === v.length && v.every(isPlainJson);
  if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.values(v).every(isPlainJson);
}

/**
 * While recordPrevalidated runs: keeps `value` as the outcome of the file at `key`, as it is now
 * (a copy). An outcome that is not plain JSON data is not kept (that file is then validated at
 * every start).
 */
export function rememberValidated(key: string, stamp: string, value: unknown): void {
  if (recording && isPlainJson(value)) recording.set(key, { stamp, json: JSON.stringify(value) });
}

/**
 * Runs `load` (which calls the loaders, with no table installed so every file is validated) and
 * returns what they remembered.
 */
export function recordPrevalidated(load: () => void): PrevalidatedTable {
  const saved = installed;
  installed = null;
  recording = new Map();
  try {
    load();
    const table: PrevalidatedTable = {};
    for (const [key, { stamp, json }] of recording) table[key] = { stamp, value: JSON.parse(json) as unknown };
    return table;
  } finally {
    recording = null;
    installed = saved;
  }
}
