// Rubric scores kept across runs in the workspace's .dossier/scores.json, keyed by a content hash
// of everything a check reads (template id, company, section texts, silenced and disabled rules,
// private terms, bands). The file also records which rules produced the scores: a hash of the rule
// pack texts, the templates and the rubric code's files (their size and modification time), so
// new rules or a new app version start a new cache. A missing, unreadable or stale file is simply
// rebuilt; the cache never changes a score, it only saves computing it again. Overviews (the
// dashboard, scored document lists) read it; the editor always checks live.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJsonText } from '../workspace/jsonText';
import { replaceCacheFileSync } from '../workspace/durableFile';

/** Bump when the file's shape changes. */
const FORMAT = 1;
/** Most entries kept; the oldest are dropped first. */
const MAX_ENTRIES = 50_000;

interface CacheFile {
  format: number;
  rules: string;
  scores: Record<string, number>;
}

export interface ScoreCache {
  get(digest: string): number | undefined;
  set(digest: string, score: number): void;
  /** Writes new entries now (also done shortly after the last set). */
  flush(): void;
}

let codeStampMemo: string | null = null;

/** Sizes and modification times of the files holding the rubric code (sources or a build). */
function codeStamp(): string {
  if (codeStampMemo !== null) return codeStampMemo;
  const parts: string[] = [];
  const walk = (dir: string, depth: number): void => {
    let names: fs.Dirent[];
    try {
      names = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of names) {
      const p = path.join(dir, d.name);
      if (d.isDirectory() && depth > 0) walk(p, depth - 1);
      else if (/\.(?:ts|js|mjs|cjs)$/.test(d.name)) {
        try {
          const st = fs.statSync(p);
          parts.push(`${d.name}:${st.size}:${st.mtimeMs}`);
        } catch {
          // gone: not part of this code
        }
      }
    }
  };
  try {
    walk(path.dirname(fileURLToPath(import.meta.url)), 2);
  } catch {
    // not loaded from a file: the rules hash alone keys the cache
  }
  codeStampMemo = parts.sort().join('|');
  return codeStampMemo;
}

/** The identity of the rules a score came from: pack texts, templates and the rubric code. */
export function rulesKey(packs: readonly { file: string; text: string }[], templates: unknown): string {
  const h = createHash('sha1');
  h.update(String(FORMAT));
  for (const p of packs) h.update(`\0${p.file}\0${p.text}`);
  h.update(JSON.stringify(templates));
  h.update(codeStamp());
  return h.digest('base64');
}

const open = new Map<string, { rules: string; cache: ScoreCache }>();
let exitHook = false;

/**
 * The score cache of the workspace at `root` for these rules. `writable: false` (a read-only
 * open, such as `dossier check`) reads but never writes the file.
 */
export function openScoreCache(root: string, rules: string, writable: boolean): ScoreCache {
  const hit = open.get(root);
  if (hit && hit.rules === rules) return hit.cache;
  const file = path.join(root, '.dossier', 'scores.json');
  const scores = new Map<string, number>();
  try {
    const data = parseJsonText(fs.readFileSync(file, 'utf8')) as Partial<CacheFile>;
    if (data.format === FORMAT && data.rules === rules && data.scores && typeof data.scores === 'object') {
      for (const [k, v] of Object.entries(data.scores)) if (typeof v === 'number' && Number.isFinite(v)) scores.set(k, v);
    }
  } catch {
    // missing, unreadable or broken: rebuilt from live checks
  }
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!dirty || !writable) return;
    dirty = false;
    while (scores.size > MAX_ENTRIES) scores.delete(scores.keys().next().value as string);
    const body: CacheFile = { format: FORMAT, rules, scores: Object.fromEntries(scores) };
    try {
      replaceCacheFileSync(file, JSON.stringify(body));
    } catch {
      // a cache that cannot be written only costs time next run
    }
  };
  const cache: ScoreCache = {
    get: (digest) => scores.get(digest),
    set: (digest, score) => {
      if (scores.get(digest) === score) return;
      scores.set(digest, score);
      dirty = true;
      if (writable && !timer) {
        timer = setTimeout(flush, 50);
        timer.unref?.();
      }
    },
    flush,
  };
  open.set(root, { rules, cache });
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => {
      for (const { cache: c } of open.values()) c.flush();
    });
  }
  return cache;
}

/** Writes pending entries and forgets every open cache (the next open reads the files again). */
export function closeScoreCaches(): void {
  for (const { cache } of open.values()) cache.flush();
  open.clear();
}
