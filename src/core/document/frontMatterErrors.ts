// Messages for front matter that YAML rejects or silently shortens, each with the file line and
// column and the fix, in words a candidate can act on ("Put the title in quotes: title: "..."").
// Lines count from the top of the Markdown file: the opening `---` is line 1.
import type { Document, LineCounter, YAMLError } from 'yaml';
import { isMap, isPair, isScalar } from 'yaml';
import { DossierError } from '../errors';

interface Where {
  /** 1-based line in the file. */
  line: number;
  /** 1-based column. */
  column: number;
}

/** `title: "Fraud scoring: a kill story"`: the value quoted the YAML way (double quotes, escapes). */
export function quotedLine(key: string, value: string): string {
  return `${key}: "${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const at = (w: Where): string => `Front matter, line ${w.line}, column ${w.column}`;

/**
 * One clear DossierError for a YAML error: where it is and what to do.
 * `fileLine` is the file line of the front matter's first line (2 after the opening `---`).
 */
export function frontMatterError(err: YAMLError, yaml: string, counter: LineCounter, fileLine: number): DossierError {
  const pos = counter.linePos(err.pos[0]);
  const lines = yaml.split('\n');
  const text = lines[pos.line - 1] ?? '';
  const pair = /^(\s*)([A-Za-z_][\w-]*)\s*:\s?(.*)$/.exec(text);
  const key = pair?.[2] ?? '';
  const value = (pair?.[3] ?? '').trim();
  const where: Where = { line: pos.line - 1 + fileLine, column: pos.col };
  const field = key ? `the ${key}` : 'the value';
  let what: string;
  let fix: string;
  switch (err.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (key && /:\s/.test(value)) {
        where.column = (pair?.[1]?.length ?? 0) + key.length + 1 + text.slice(text.indexOf(':') + 1).search(/:\s/) + 1;
        what = `${field} contains “: ”, which YAML reads as the start of another key`;
        fix = `Put ${field} in quotes: ${quotedLine(key, value)}`;
      } else {
        what = 'this line is indented as if it belonged to the line above';
        fix = 'Start every “key: value” line at the left margin, or put a long value in quotes on one line';
      }
      break;
    case 'MISSING_CHAR':
      what = /quote/.test(err.message) ? `a quote in ${field} is never closed` : 'a bracket or brace is never closed';
      fix = key && value ? `Close it, or quote the whole value: ${quotedLine(key, value.replace(/^["']|["']$/g, ''))}` : 'Close it at the end of the value';
      break;
    case 'BAD_SCALAR_START':
      what = `${field} starts with a character YAML reserves (${value.charAt(0) || 'a symbol'})`;
      fix = key ? `Put ${field} in quotes: ${quotedLine(key, value)}` : 'Put the value in quotes';
      break;
    case 'TAB_AS_INDENT':
      what = 'the line is indented with a tab';
      fix = 'Use spaces, or no indentation at all';
      break;
    case 'DUPLICATE_KEY':
      what = `“${key || 'this key'}” appears more than once`;
      fix = 'Keep one of them';
      break;
    case 'BAD_INDENT':
    case 'UNEXPECTED_TOKEN':
      if (key && /^[[{]/.test(value)) {
        what = `${field} starts with “${value.charAt(0)}”, which YAML reads as the start of a list`;
        fix = `Close the bracket, or put ${field} in quotes: ${quotedLine(key, value)}`;
        break;
      }
      what = 'this line is not a “key: value” line YAML can read';
      fix = 'Write it as “key: value”; a value that contains “: ”, “ #” or starts with a symbol goes in quotes';
      break;
    default:
      what = `YAML cannot read it (${err.message.split('\n')[0] ?? err.code})`;
      fix = 'Write each line as “key: value”; a value that contains “: ”, “ #” or starts with a symbol goes in quotes';
  }
  return new DossierError('bad-request', `${at(where)}: ${what}. ${fix}.`);
}

/**
 * A top-level value that a `#` cut short: `title: Q3 #1 priority` is valid YAML that means
 * "Q3" plus a comment. Flagged when the `#` is glued to the next word (`#1`, `#fraud`) or the
 * value is the title, since a deliberate comment reads `value  # note`. Returns the error, or null.
 */
export function cutByComment(doc: Document, yaml: string, counter: LineCounter, fileLine: number): DossierError | null {
  if (!isMap(doc.contents)) return null;
  for (const item of doc.contents.items) {
    if (!isPair(item) || !isScalar(item.key) || !isScalar(item.value)) continue;
    const value = item.value;
    if (value.type !== 'PLAIN' || !value.range) continue;
    const end = value.range[1];
    const lineEnd = yaml.indexOf('\n', end);
    const rest = yaml.slice(end, lineEnd === -1 ? yaml.length : lineEnd);
    const hash = rest.indexOf('#');
    if (hash === -1) continue;
    const key = String(item.key.value);
    const after = rest.slice(hash + 1);
    if (!(key === 'title' || /^\S/.test(after))) continue;
    const pos = counter.linePos(end + hash);
    const full = `${String(value.source ?? value.value)}${rest.slice(0, hash)}#${after}`.trim();
    return new DossierError(
      'bad-request',
      `${at({ line: pos.line - 1 + fileLine, column: pos.col })}: “#” starts a comment in YAML, so the ${key} would be read as “${String(value.value)}” and “#${after.trim()}” dropped. Put the ${key} in quotes: ${quotedLine(key, full)}.`,
    );
  }
  return null;
}
