// The editor's two checks, in its Web Worker and on the page's main thread, give exactly the
// server's findings and score. The real worker module (liveCheck.worker.ts) runs here with a
// stand-in for the worker global, and the main-thread checker is made by the editor's own loader
// (mainThreadCheck.ts); both are fed what rubric.checkData returns (structured-cloned, as
// postMessage does) and their answers are compared with the server's rubric.check for the CLI
// fixtures and every case of the gold corpus, for a profile company, a custom company with
// private terms and disabled rules, and each profile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreContext } from '../../../src/core/openContext';
import { createHandlers } from '../../../src/core/handlers/index';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';
import type { CoreContext } from '../../../src/core/context';
import type { CheckResult, Handlers, Template } from '../../../src/shared/api';
import type { LiveCheckReply, LiveCheckRequest } from '../../../src/renderer/src/features/editor/liveCheckMessages';
import { QUIET_BEFORE_LOADING_MS, loadMainThreadChecker } from '../../../src/renderer/src/features/editor/mainThreadCheck';
import type { MainThreadChecker } from '../../../src/renderer/src/features/editor/mainThreadCheck';
import type { CheckData } from '../../../src/shared/liveCheck';
import { loadCorpus } from '../../../scripts/eval/loadCorpus';
import { caseSections } from '../../../scripts/eval/corpusSchema';

const appRoot = path.resolve(import.meta.dirname, '..', '..', '..');

let ctx: CoreContext;
let h: Handlers;
let send: (msg: LiveCheckRequest) => LiveCheckReply | undefined;

beforeAll(async () => {
  const replies: LiveCheckReply[] = [];
  const scope = globalThis as unknown as { self: { onmessage: ((e: { data: LiveCheckRequest }) => void) | null; postMessage: (r: LiveCheckReply) => void } };
  scope.self = { onmessage: null, postMessage: (r) => replies.push(r) };
  await import('../../../src/renderer/src/features/editor/liveCheck.worker');
  const onmessage = scope.self.onmessage;
  if (!onmessage) throw new Error('the worker did not install its message handler');
  send = (msg) => {
    onmessage({ data: structuredClone(msg) });
    return replies.pop();
  };
  ctx = await createCoreContext({ root: fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-worker-')), shell: 'cli', appRoot });
  h = createHandlers(ctx) as Handlers;
});
afterAll(() => ctx.store.close());

/** The editor's main-thread checker for one company's check data, made as the editor makes it. */
async function mainThreadChecker(data: CheckData, template: Template, sections: Record<string, string>): Promise<MainThreadChecker> {
  const checker = await loadMainThreadChecker(structuredClone(data), () => ({ template, doc: { sections, silencedRules: [] } }), () => false);
  if (!checker) throw new Error('the main-thread checker was not made');
  return checker;
}

describe('the live checks (worker and main thread)', () => {
  it('answer every fixture and gold case exactly as rubric.check does', async () => {
    const wf = ctx.store.createCompany('Wells', 'wells-fargo').slug;
    const custom = ctx.store.createCompany('Tiny Bank', null).slug;
    const amex = ctx.store.createCompany('Amex', 'american-express').slug;
    const jpm = ctx.store.createCompany('JPM', 'jpmorgan').slug;
    const fintech = ctx.store.createCompany('Plaid', 'fintech').slug;
    ctx.store.updateSettings({ privateTerms: ['Project Falcon', '猎鹰'], disabledRules: ['move-fast'] });
    const { templates } = await h['templates.list']({});
    const byId = new Map<string, Template>(templates.map((t) => [t.id, t]));
    const slugFor: Record<string, string> = { 'wells-fargo': wf, 'american-express': amex, jpmorgan: jpm, fintech, none: custom };

    const docs: { company: string; templateId: string; sections: Record<string, string>; silencedRules: string[] }[] = [];
    for (const f of ['weak-brief.md', 'strong-brief.md']) {
      const parsed = parseMarkdown(fs.readFileSync(path.join(appRoot, 'tests', 'fixtures', f), 'utf8'), templates);
      for (const company of [wf, custom]) {
        docs.push({ company, templateId: parsed.frontMatter.template ?? '', sections: parsed.sections, silencedRules: ['vague-language'] });
      }
    }
    const corpus = loadCorpus(path.join(appRoot, 'tests', 'gold', 'cases'));
    for (const c of corpus.cases) {
      docs.push({ company: slugFor[c.company] ?? custom, templateId: c.template, sections: caseSections(c), silencedRules: [] });
    }
    expect(docs.length).toBeGreaterThan(100);

    let findings = 0;
    let seq = 0;
    let key = '';
    let main: MainThreadChecker | null = null;
    let compared = 0;
    for (const doc of docs.sort((a, b) => a.company.localeCompare(b.company))) {
      const template = byId.get(doc.templateId);
      if (!template) continue;
      // The worker holds one company's data at a time, as the editor sends it on open; the editor
      // makes a main-thread checker for the same data.
      if (key !== `${doc.company}#1`) {
        key = `${doc.company}#1`;
        const data = await h['rubric.checkData']({ company: doc.company });
        send({ type: 'data', key, data });
        main = await mainThreadChecker(data, template, doc.sections);
      }
      const reply = send({ type: 'check', key, seq: ++seq, doc: 'gold', template, full: true, sections: doc.sections, silencedRules: doc.silencedRules });
      const here = main?.check(template, { sections: doc.sections, silencedRules: doc.silencedRules });
      const server: CheckResult = await h['rubric.check']({ company: doc.company, templateId: doc.templateId, sections: doc.sections, silencedRules: doc.silencedRules });
      expect(reply).toEqual({ seq, ok: true, result: server, computeMs: expect.any(Number) });
      // What the page hands React: a structured clone for the worker, the object itself here.
      expect(here).toEqual(server);
      findings += server.findings.length;
      compared += 1;
    }
    expect(compared).toBe(docs.length);
    expect(findings).toBeGreaterThan(200);
  });

  it('refuses a check for data it does not hold, instead of using another company’s', async () => {
    const slug = ctx.store.createCompany('Other', null).slug;
    send({ type: 'data', key: 'a#1', data: await h['rubric.checkData']({ company: slug }) });
    const template = (await h['templates.list']({})).templates[0] as Template;
    const reply = send({ type: 'check', key: 'b#1', seq: 1, doc: 'x', template, full: true, sections: {}, silencedRules: [] });
    expect(reply).toMatchObject({ seq: 1, ok: false });
  });

  it('keeps the document between checks: edits sent as changed sections give the server\u2019s findings at every step, as does the main thread', async () => {
    const slug = ctx.store.createCompany('Deltas', 'wells-fargo').slug;
    const data = await h['rubric.checkData']({ company: slug });
    send({ type: 'data', key: 'd#1', data });
    const { templates } = await h['templates.list']({});
    const parsed = parseMarkdown(fs.readFileSync(path.join(appRoot, 'tests', 'fixtures', 'weak-brief.md'), 'utf8'), templates);
    const template = templates.find((t) => t.id === parsed.frontMatter.template) as Template;
    const main = await mainThreadChecker(data, template, parsed.sections);
    const first = template.sections[0]?.id ?? '';
    const sections: Record<string, string> = { ...parsed.sections };
    const base = sections[first] ?? '';
    let seq = 100;
    send({ type: 'check', key: 'd#1', seq: ++seq, doc: 'e', template, full: true, sections: { ...sections }, silencedRules: [] });
    // Type a phrase one character at a time into the first section, sending only that section.
    const typed = ' We helped various teams see significant gains.';
    const differing = new Set<number>();
    for (let i = 1; i <= typed.length; i += 4) {
      sections[first] = base + typed.slice(0, i);
      const reply = send({ type: 'check', key: 'd#1', seq: ++seq, doc: 'e', full: false, sections: { [first]: sections[first] }, silencedRules: [] });
      const server = await h['rubric.check']({ company: slug, templateId: template.id, sections, silencedRules: [] });
      expect(reply).toEqual({ seq, ok: true, result: server, computeMs: expect.any(Number) });
      expect(main.check(template, { sections: { ...sections }, silencedRules: [] })).toEqual(server);
      differing.add(server.findings.length);
    }
    // The typing changed the findings (vague words came in), so the comparison saw real updates.
    expect(differing.size).toBeGreaterThan(1);
  });

  it('refuses changed sections for a document it does not hold, then accepts the whole text', async () => {
    const slug = ctx.store.createCompany('Unheld', null).slug;
    send({ type: 'data', key: 'u#1', data: await h['rubric.checkData']({ company: slug }) });
    const template = (await h['templates.list']({})).templates[0] as Template;
    const partial = send({ type: 'check', key: 'u#1', seq: 1, doc: 'never-sent', full: false, sections: { a: 'x' }, silencedRules: [] });
    expect(partial).toMatchObject({ seq: 1, ok: false });
    const whole = send({ type: 'check', key: 'u#1', seq: 2, doc: 'never-sent', template, full: true, sections: {}, silencedRules: [] });
    expect(whole).toMatchObject({ seq: 2, ok: true });
  });

  it('loads the main-thread checker only once typing has paused (its steps are long tasks)', async () => {
    const slug = ctx.store.createCompany('Quiet', null).slug;
    const data = await h['rubric.checkData']({ company: slug });
    const template = (await h['templates.list']({})).templates[0] as Template;
    // Keys keep coming for 300 ms, then stop.
    const start = performance.now();
    let stoppedAt = Number.POSITIVE_INFINITY;
    setTimeout(() => {
      stoppedAt = performance.now();
    }, 300);
    const lastInputAt = () => Math.min(performance.now(), stoppedAt);
    const checker = await loadMainThreadChecker(data, () => ({ template, doc: { sections: {}, silencedRules: [] } }), () => false, lastInputAt);
    expect(checker).not.toBeNull();
    expect(performance.now() - start).toBeGreaterThanOrEqual(300 + QUIET_BEFORE_LOADING_MS);
    expect(checker?.steps.packs).toBeGreaterThanOrEqual(0);
  });

  it('stops loading the main-thread checker when the editor closes', async () => {
    const slug = ctx.store.createCompany('Closed', null).slug;
    const data = await h['rubric.checkData']({ company: slug });
    const template = (await h['templates.list']({})).templates[0] as Template;
    let sampled = 0;
    const checker = await loadMainThreadChecker(
      data,
      () => {
        sampled += 1;
        return { template, doc: { sections: {}, silencedRules: [] } };
      },
      () => true,
    );
    expect(checker).toBeNull();
    expect(sampled).toBe(0);
  });
});
