// Lifts files saved by older versions of Dossier to CURRENT_SCHEMA_VERSION, one step at a time.
// A file newer than CURRENT_SCHEMA_VERSION is refused (and, like any file we cannot read, never
// overwritten). Migration happens in memory only: the file is rewritten in the new format the
// next time it is saved, after its old bytes went to the backups.
//
// Version 0 (the pre-release format, files without `schemaVersion`):
//   document: { id, templateId, title, company, body, createdAt, updatedAt } — the whole text in
//             one Markdown `body` with "## Heading" lines, no templateVersion/revision/tags/history.
//   company and workspace: the version-1 shape without `schemaVersion`.
import { CURRENT_SCHEMA_VERSION } from './schemas';
import { toSlug } from './slugify';

export type FileKind = 'workspace' | 'company' | 'document';
type Json = Record<string, unknown>;

export interface MigrationStep {
  from: number;
  to: number;
  what: string;
  workspace: (data: Json, now: Date) => Json;
  company: (data: Json, now: Date) => Json;
  document: (data: Json, now: Date) => Json;
}

export const MIGRATIONS: MigrationStep[] = [
  {
    from: 0,
    to: 1,
    what: 'adds schemaVersion; documents move from one Markdown body to one text per section',
    workspace: (data, now) => ({ ...data, schemaVersion: 1, createdAt: data.createdAt ?? now.toISOString() }),
    company: (data, now) => {
      const createdAt = data.createdAt ?? now.toISOString();
      return { ...data, schemaVersion: 1, createdAt, updatedAt: data.updatedAt ?? createdAt };
    },
    document: (data, now) => {
      const { body, ...rest } = data;
      const createdAt = rest.createdAt ?? now.toISOString();
      return {
        ...rest,
        schemaVersion: 1,
        templateVersion: rest.templateVersion ?? 1,
        sections: rest.sections ?? splitBody(typeof body === 'string' ? body : ''),
        createdAt,
        updatedAt: rest.updatedAt ?? createdAt,
        revision: rest.revision ?? 0,
        tags: rest.tags ?? [],
        history: rest.history ?? [],
      };
    },
  },
];

export type MigrationResult =
  | { ok: true; data: unknown; from: number }
  | { ok: false; reason: 'newer' | 'bad-version'; version: unknown };

/** Reads the version (missing = 0) and applies every step up to the current version. */
export function migrate(kind: FileKind, raw: unknown, now: Date = new Date()): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: true, data: raw, from: CURRENT_SCHEMA_VERSION };
  let data = raw as Json;
  const version = data.schemaVersion === undefined ? 0 : data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { ok: false, reason: 'bad-version', version };
  if (version > CURRENT_SCHEMA_VERSION) return { ok: false, reason: 'newer', version };
  let at = version;
  while (at < CURRENT_SCHEMA_VERSION) {
    const step = MIGRATIONS.find((s) => s.from === at);
    if (!step) return { ok: false, reason: 'bad-version', version };
    data = step[kind](data, now);
    at = step.to;
  }
  return { ok: true, data, from: version };
}

const LINE_TERMINATOR = /[\r\n\u2028\u2029]/;

/**
 * What /^##\s+(.+?)\s*#*\s*$/ captures in `line` ("## Problem ##" -> "Problem"), or null, by
 * scanning from the end: V8 backtracks that regex quadratically or worse on a long blank run.
 */
function level2Heading(line: string): string | null {
  const open = /^##\s+/.exec(line);
  if (!open) return null;
  const rest = line.slice(open[0].length);
  if (rest === '') {
    // Only blanks: the regex gives the opening's last blank that is not a line break to (.+?).
    for (let j = line.length - 1; j >= 3; j--) if (!LINE_TERMINATOR.test(line[j] ?? '')) return line[j] ?? null;
    return null;
  }
  let end = rest.trimEnd().length;
  while (end > 0 && rest[end - 1] === '#') end--;
  const text = rest.slice(0, Math.max(1, rest.slice(0, end).trimEnd().length));
  return LINE_TERMINATOR.test(text) ? null : text;
}

/** "## Problem\ntext\n## Outcome\n..." -> { problem: "text", outcome: "..." }; text before any heading goes to `body`. */
export function splitBody(body: string): Record<string, string> {
  const sections: Record<string, string[]> = {};
  let current = 'body';
  for (const line of body.split(/\r?\n/)) {
    const heading = level2Heading(line);
    if (heading !== null) {
      current = toSlug(heading);
      sections[current] ??= [];
      continue;
    }
    (sections[current] ??= []).push(line);
  }
  const out: Record<string, string> = {};
  for (const [id, lines] of Object.entries(sections)) {
    const text = lines.join('\n').trim();
    if (id === 'body' && text === '') continue;
    out[id] = text;
  }
  return out;
}
