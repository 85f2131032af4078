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

/** "## Problem\ntext\n## Outcome\n..." -> { problem: "text", outcome: "..." }; text before any heading goes to `body`. */
export function splitBody(body: string): Record<string, string> {
  const sections: Record<string, string[]> = {};
  let current = 'body';
  for (const line of body.split(/\r?\n/)) {
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      current = toSlug(heading[1] ?? '');
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
