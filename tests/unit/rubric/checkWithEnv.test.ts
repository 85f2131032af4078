// The data-in check: given only what rubric.checkData returns (pack texts and the resolved env,
// after a JSON round trip as over HTTP or IPC), the pure checkWithEnv gives exactly the findings
// and score of the server's checkDocument. The editor's worker relies on this.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoreContext } from '../../../src/core/openContext';
import { checkDataFor, checkDocument } from '../../../src/core/rubric/checkDocument';
import { checkWithEnv } from '../../../src/core/rubric/checkWithEnv';
import type { CheckData } from '../../../src/core/rubric/checkWithEnv';
import { compilePacks } from '../../../src/core/rubric/rulePacks';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';
import { getTemplate, loadTemplates } from '../../../src/core/templates/registry';
import type { CoreContext } from '../../../src/core/context';
import { appRoot } from './ruleHarness';

const open: CoreContext[] = [];
afterEach(() => {
  for (const ctx of open.splice(0)) ctx.store.close();
});

const fixtures = ['weak-brief.md', 'strong-brief.md'].map((f) => fs.readFileSync(path.join(appRoot, 'tests', 'fixtures', f), 'utf8'));

describe('checkWithEnv over rubric.checkData', () => {
  it('equals checkDocument for the fixtures, for a profile company and a custom one with settings', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-datain-'));
    const ctx = await createCoreContext({ root, shell: 'cli', appRoot });
    open.push(ctx);
    const custom = ctx.store.createCompany('Tiny Bank', null).slug;
    const wf = ctx.store.createCompany('Wells', 'wells-fargo').slug;
    ctx.store.updateSettings({ privateTerms: ['Project Falcon'], disabledRules: ['move-fast'] });
    const docs = [
      ...fixtures.map((md) => {
        const parsed = parseMarkdown(md, loadTemplates(ctx).templates);
        return { templateId: parsed.frontMatter.template ?? 'impact-brief', sections: parsed.sections, silencedRules: ['vague-language'] };
      }),
      { templateId: 'comp-memo', sections: { base: 'I am looking for $150k–$160k base, like Project Falcon paid.' }, silencedRules: [] },
    ];
    let compared = 0;
    for (const company of [wf, custom, 'jpmorgan']) {
      const data = JSON.parse(JSON.stringify(checkDataFor(ctx, company))) as CheckData;
      const { rules, problems } = compilePacks(data.packs);
      expect(problems).toEqual([]);
      for (const doc of docs) {
        const server = checkDocument(ctx, { company, ...doc });
        const local = checkWithEnv(rules, data.env, getTemplate(ctx, doc.templateId), doc);
        expect(local).toEqual(server);
        compared += server.findings.length;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});

/** Relative modules reachable by value imports (type-only imports are erased), and bare specifiers. */
function valueImports(entry: string): { files: string[]; bare: string[] } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gm)) {
      if (m[2]) continue;
      const spec = m[3] as string;
      if (!spec.startsWith('.')) {
        bare.add(spec);
        continue;
      }
      const base = path.resolve(path.dirname(file), spec);
      const hit = [`${base}.ts`, `${base}/index.ts`, base].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
      if (hit) queue.push(hit);
    }
  }
  return { files: [...files], bare: [...bare] };
}

describe('the pure check path', () => {
  it('imports no node: module and nothing that reads files, so it runs in a Web Worker', () => {
    for (const entry of ['checkWithEnv.ts', 'rulePacks.ts']) {
      const { files, bare } = valueImports(path.join(appRoot, 'src', 'core', 'rubric', entry));
      expect(files.length).toBeGreaterThan(3);
      expect(bare.filter((b) => b.startsWith('node:') || ['fs', 'path', 'os', 'crypto'].includes(b))).toEqual([]);
      expect(files.map((f) => path.basename(f))).not.toContain('loadRulePacks.ts');
    }
  });
});
