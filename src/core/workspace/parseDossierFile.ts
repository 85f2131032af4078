// Text of a workspace file -> validated data, or a message for the candidate that names the file
// and says exactly what is wrong (JSON position, field path, newer format). A UTF-8 byte-order
// mark is accepted (jsonText.ts).
import type { z } from 'zod';
import { CompanyFile, CURRENT_SCHEMA_VERSION, DocumentFile, WorkspaceFile } from './schemas';
import { migrate } from './migrations';
import type { FileKind } from './migrations';
import { parseJsonText, withoutBom } from './jsonText';

const SCHEMAS = { workspace: WorkspaceFile, company: CompanyFile, document: DocumentFile } as const;
export interface ParsedKinds {
  workspace: WorkspaceFile;
  company: CompanyFile;
  document: DocumentFile;
}

export type ParseResult<K extends FileKind> = { ok: true; data: ParsedKinds[K]; migratedFrom: number | null } | { ok: false; message: string };

export function parseDossierFile<K extends FileKind>(kind: K, text: string, rel: string, now: Date = new Date()): ParseResult<K> {
  let raw: unknown;
  try {
    raw = parseJsonText(text);
  } catch (err) {
    return { ok: false, message: `“${rel}” is not valid JSON (${jsonPosition(withoutBom(text), err)}). Dossier left it untouched.` };
  }
  const migrated = migrate(kind, raw, now);
  if (!migrated.ok) {
    if (migrated.reason === 'newer') {
      return {
        ok: false,
        message: `“${rel}” was saved by a newer version of Dossier (file format ${String(migrated.version)}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Dossier left it untouched; update Dossier to open it.`,
      };
    }
    return { ok: false, message: `“${rel}” has a schemaVersion Dossier does not understand (${JSON.stringify(migrated.version)}). Dossier left it untouched.` };
  }
  const schema: z.ZodType = SCHEMAS[kind];
  const parsed = schema.safeParse(migrated.data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => {
      const field = issue.path.length > 0 ? `field “${issue.path.map(String).join('.')}”` : 'the file';
      return `${field}: ${issue.message}`;
    });
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
    return { ok: false, message: `“${rel}” does not have the shape Dossier expects — ${issues.join('; ')}${more}. Dossier left it untouched.` };
  }
  return { ok: true, data: parsed.data as ParsedKinds[K], migratedFrom: migrated.from === CURRENT_SCHEMA_VERSION ? null : migrated.from };
}

/** "line 3, column 5: Expected ',' or '}' after property value" from a JSON.parse error. */
export function jsonPosition(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const detail = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
  const pos = /position (\d+)/.exec(message);
  if (text.trim() === '') return 'the file is empty';
  if (!pos) return detail;
  const offset = Number(pos[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${detail}`;
}
