// One JSON file on disk -> its value, "no such file", or a message for the candidate naming the
// file. Every JSON file Dossier reads outside the workspace store (the desktop app's window place
// and last workspace) goes through here, so a byte-order mark is accepted everywhere (jsonText.ts)
// and a broken file is named, never replaced silently. Never writes.
import fs from 'node:fs';
import { jsonPosition, parseJsonText, withoutBom } from './jsonText';

/**
 * What reading one JSON file gave:
 * - `missing`: there is no such file (ENOENT), which is not a problem;
 * - `ok`: the parsed value (not yet validated: the caller checks its shape);
 * - `unreadable`: the file exists but could not be read or is not JSON; `message` names the file
 *   and says where and why, for the candidate ("“window-state.json” is not valid JSON (line 1,
 *   column 2: …). Dossier left it untouched.").
 */
export type JsonFileRead = { status: 'missing' } | { status: 'ok'; value: unknown } | { status: 'unreadable'; message: string };

/**
 * Reads and parses the JSON file at `file` (a BOM is accepted). Never throws and never writes.
 * `name` is how the message names the file (default: the path as given).
 */
export function readJsonFile(file: string, name: string = file): JsonFileRead {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT') return { status: 'missing' };
    const why = err instanceof Error ? err.message : String(err);
    return { status: 'unreadable', message: `Dossier could not read “${name}” (${why}). Dossier left it untouched.` };
  }
  try {
    return { status: 'ok', value: parseJsonText(text) };
  } catch (err) {
    return { status: 'unreadable', message: `“${name}” is not valid JSON (${jsonPosition(withoutBom(text), err)}). Dossier left it untouched.` };
  }
}
