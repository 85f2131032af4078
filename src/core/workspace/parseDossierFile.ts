// Text of a workspace file -> validated data, or a message for the candidate that names the file
// and says exactly what is wrong (JSON position, field path, newer format). A UTF-8 byte-order
// mark is accepted (jsonText.ts).
import type { z } from 'zod';
import { CompanyFile, CURRENT_SCHEMA_VERSION, DocumentFile, WorkspaceFile } from './schemas';
import { migrate } from './migrations';
import type { FileKind } from './migrations';
import { jsonPosition, parseJsonText, withoutBom } from './jsonText';

const SCHEMAS = { workspace: WorkspaceFile, company: CompanyFile, document: DocumentFile } as const;
export interface ParsedKinds {
  workspace: WorkspaceFile;
  company: CompanyFile;
  document: DocumentFile;
}

/** `raw`: what JSON.parse gave, before migration and validation (validatedFiles.ts compares the two). */
export type ParseResult<K extends FileKind> = { ok: true; data: ParsedKinds[K]; raw: unknown; migratedFrom: number | null } | { ok: false; message: string };

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
  return { ok: true, data: parsed.data as ParsedKinds[K], raw, migratedFrom: migrated.from === CURRENT_SCHEMA_VERSION ? null : migrated.from };
}

