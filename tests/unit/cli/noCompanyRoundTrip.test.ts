// A draft without a company exports to Markdown that Dossier reads back (breaker trial F2): the
// export writes no `company` key, and a file with `company: ""` (as earlier exports wrote it)
// reads as having no company.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './runCliCaptured';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';

describe('a draft without a company', () => {
  it('exports Markdown without a company key, which checks again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-nocompany-'));
    const draft = path.join(dir, 'draft.md');
    fs.writeFileSync(draft, '---\ntemplate: impact-brief\ntitle: No company yet\n---\n## Problem\n\nFraud losses rose from $11.8M to $16.3M a year.\n');
    const out = path.join(dir, 'out.md');
    const exported = await runCliCaptured(['export', draft, '--format', 'md', '--out', out], { cwd: dir });
    expect(exported.code).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text).not.toMatch(/^company:/m);
    const again = await runCliCaptured(['check', out], { cwd: dir });
    expect(again.stderr).toBe('');
    expect([0, 1]).toContain(again.code);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads an empty company as none', () => {
    expect(parseMarkdown('---\ntemplate: impact-brief\ncompany: ""\ntitle: t\n---\n## Problem\n\nText.\n').frontMatter.company).toBeUndefined();
    expect(parseMarkdown('---\ntemplate: impact-brief\ncompany: jpmorgan\n---\n').frontMatter.company).toBe('jpmorgan');
  });
});
