// The CLI shows a document's escape sequences instead of obeying them (breaker trial F10): an
// excerpt, a heading, a company or template id and an output name can all come from a file
// someone else wrote.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../../src/cli/terminalSafe';
import { runCliCaptured } from './runCliCaptured';

const ESC = '\u001b';
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('terminalSafe', () => {
  it('writes controls and bidi overrides as visible escapes, keeping tabs and line feeds', () => {
    expect(terminalSafe(`a${ESC}[2Jb\u0007c\u202ed\te\n`)).toBe('a\\u001b[2Jb\\u0007c\\u202ed\te\n');
    expect(terminalSafe('plain “text” 中文\n')).toBe('plain “text” 中文\n');
    expect(terminalSafe('\u009b31m\r')).toBe('\\u009b31m\\u000d');
  });
  it('keeps JSON valid and equal in meaning', () => {
    const value = { excerpt: `x${ESC}]52;c;aGk=\u0007 \u202egnp.exe` };
    const shown = terminalSafe(JSON.stringify(value));
    expect(RAW.test(shown)).toBe(false);
    expect(JSON.parse(shown)).toEqual(value);
  });
});

describe('dossier check with escape sequences in the document', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-term-'));
  const file = path.join(dir, 'ansi.md');
  writeFileSync(
    file,
    `---\ntemplate: impact-brief\ncompany: wells-fargo\ntitle: t\n---\n## Problem\n\nWe ${ESC}[2Jhelped the team ${ESC}]52;c;aGk=\u0007 a lot.\n\n## ${ESC}[1mNot a section\n\nText.\n`,
  );
  it('prints no raw control character in the text report', async () => {
    const r = await runCliCaptured(['check', file]);
    expect(r.stdout + r.stderr).toContain('\\u001b[1mNot a section');
    expect(RAW.test(r.stdout)).toBe(false);
    expect(RAW.test(r.stderr)).toBe(false);
  });
  it('names an unknown company without obeying its escapes', async () => {
    const r = await runCliCaptured(['check', file, '--company', `${ESC}]0;PWNED\u0007${ESC}[2J`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('\\u001b]0;PWNED\\u0007');
    expect(RAW.test(r.stderr)).toBe(false);
  });
});
