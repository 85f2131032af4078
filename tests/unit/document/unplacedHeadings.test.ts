// Imported Markdown whose headings the template does not know (newcomer trial 9: "Past results",
// 过往成绩, an appendix, text before the first heading): nothing the exports print or the rubric
// checks may be out of the editor's sight, the import says what it did with those headings, and the
// editor's live score, the server's check, the scored document list and `dossier check` on the same
// file are one number, in English and in Chinese.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoreContext } from '../../../src/core/openContext';
import { rubricHandlers } from '../../../src/core/handlers/rubricHandlers';
import { documentHandlers } from '../../../src/core/handlers/documentHandlers';
import { checkDataFor, checkDocument } from '../../../src/core/rubric/checkDocument';
import type { CheckData } from '../../../src/core/rubric/checkWithEnv';
import { createLocalChecker } from '../../../src/shared/liveCheck';
import { getTemplate } from '../../../src/core/templates/registry';
import { parseDocument } from '../../../src/core/export/parseDocument';
import { documentParts, unplacedHeadingsNote } from '../../../src/core/document/sectionOrder';
import { editorTexts, looseHeading, shownParts } from '../../../src/renderer/src/features/editor/editorParts';
import { checkMarkdownFile } from '../../../src/cli/checkMarkdownFile';
import type { CoreContext } from '../../../src/core/context';
import type { Handlers } from '../../../src/shared/api';
import { appRoot } from '../rubric/ruleHarness';
import { scoreHistory } from '../../../src/renderer/src/features/editor/Sparkline';

const open: CoreContext[] = [];
afterEach(() => {
  for (const ctx of open.splice(0)) ctx.store.close();
});

const fixture = (name: string) => path.join(appRoot, 'tests', 'fixtures', 'unplaced-headings', name);

async function setup() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-unplaced-'));
  const ctx = await createCoreContext({ root, shell: 'cli', appRoot });
  open.push(ctx);
  const company = ctx.store.createCompany('Card Lender', 'fintech').slug;
  const h = { ...rubricHandlers(ctx), ...documentHandlers(ctx) } as Required<
    Pick<Handlers, 'documents.import' | 'documents.list' | 'documents.snapshot' | 'documents.historyScores' | 'documents.update'>
  >;
  return { ctx, root, company, h };
}

describe('imported headings that match no template section', () => {
  for (const [file, appendix] of [
    ['vp-en.md', 'extra:Appendix: how I measured'],
    ['vp-zh.md', 'extra:附录：数据口径'],
  ] as const) {
    it(`${file}: the editor shows every part the exports print, and every score is the same`, async () => {
      const { ctx, root, company, h } = await setup();
      const markdown = fs.readFileSync(fixture(file), 'utf8');
      const doc = await h['documents.import']({ company, markdown });
      const template = getTemplate(ctx, doc.templateId);

      // The appendix is kept as a part of its own, shown by the editor after the template's sections.
      expect(doc.sections[appendix]).toMatch(/\S/);
      const shown = shownParts(doc.sections, template);
      expect(shown.map((p) => p.id)).toContain(appendix);
      expect(shown.findIndex((p) => p.id === appendix)).toBeGreaterThan(shown.findIndex((p) => p.id === template.sections.at(-1)?.id));

      // Every section the exports print is a part the editor shows, with the same text.
      const texts = editorTexts(doc.sections, template);
      const exported = parseDocument(doc, template).sections;
      expect(exported.length).toBeGreaterThan(template.sections.length - 1);
      const shownIds = shown.map((p) => p.id);
      // Same parts in the same order (the editor's template sections include empty ones, which the export leaves out).
      expect(exported.map((s) => s.id)).toEqual(shownIds.filter((id) => (texts[id] ?? '').trim() !== ''));
      for (const s of exported) {
        const part = shown.find((p) => p.id === s.id);
        expect(part, s.id).toBeDefined();
        if (part && part.kind !== 'template') expect(s.label).toBe(part.kind === 'preamble' ? '' : looseHeading(part));
        expect(texts[s.id]).toBe(doc.sections[s.id]);
      }

      // The import says what it did with the headings it could not place.
      expect(doc.importNote).toMatch(/headings? didn't match this template's sections/);
      expect(doc.importNote).toContain(appendix.slice('extra:'.length));

      // One score: the editor's live check (the worker's function over what rubric.checkData
      // returns, on the texts the editor holds), the server's check, the scored list and the CLI.
      const data = JSON.parse(JSON.stringify(checkDataFor(ctx, company))) as CheckData;
      const editor = createLocalChecker(data)(template, { sections: texts, silencedRules: doc.silencedRules, title: doc.title });
      const server = checkDocument(ctx, { company, templateId: doc.templateId, title: doc.title, sections: doc.sections, silencedRules: doc.silencedRules });
      expect(editor).toEqual(server);
      // The editor before this fix read the template's sections only, and scored another number.
      const templateOnly = Object.fromEntries(template.sections.map((s) => [s.id, doc.sections[s.id] ?? '']));
      expect(createLocalChecker(data)(template, { sections: templateOnly, silencedRules: doc.silencedRules, title: doc.title }).score).not.toBe(server.score);
      expect(server.score).toBeGreaterThan(0);
      const listed = (await h['documents.list']({ company, scores: true })).find((d) => d.id === doc.id);
      expect(listed?.score).toBe(server.score);
      ctx.store.close();
      open.splice(open.indexOf(ctx), 1);
      const cli = await checkMarkdownFile({ file: fixture(file), company, workspace: root, cwd: root, env: {}, appRoot });
      expect(cli.result.score).toBe(server.score);
      expect(cli.result.findings.map((f) => [f.rule, f.section])).toEqual(server.findings.map((f) => [f.rule, f.section]));
      // The unplaced text is checked: a finding about the appendix's heading sits in that part.
      expect(server.findings.some((f) => f.section === appendix)).toBe(true);
    });
  }

  it('the Chinese draft keeps its text before the first heading, shown first', async () => {
    const { ctx, company, h } = await setup();
    const doc = await h['documents.import']({ company, markdown: fs.readFileSync(fixture('vp-zh.md'), 'utf8') });
    const shown = shownParts(doc.sections, getTemplate(ctx, doc.templateId));
    expect(shown[0]).toEqual({ id: '_preamble', kind: 'preamble' });
    expect(doc.sections._preamble).toContain('这份备忘录');
    expect(doc.importNote).toContain('before the first heading');
  });
});

describe('unplacedHeadingsNote', () => {
  const template = {
    sections: [
      { id: 'a', label: 'Problem', aliases: ['问题'] },
      { id: 'b', label: 'Close', aliases: ['结尾'] },
    ],
  } as unknown as Parameters<typeof unplacedHeadingsNote>[1];
  it.each([
    ['no extras', { a: 'x', b: 'y' }, null],
    ['an empty extra only', { a: 'x', b: '', 'extra:Notes': '  ' }, null],
    ['one extra', { a: 'x', b: '', 'extra:Closing': 'Bye.' }, /^1 heading didn't match this template's sections \(“Closing”\); its text is kept as a section of its own after the last template section \(“Close”\)/],
    ['two extras, repeated heading', { a: 'x', b: '', 'extra:Closing': 'Bye.', 'extra:Closing~2': 'Again.' }, /^2 headings didn't match .*\(“Closing”, “Closing”\); their text is kept/],
    ['five extras', { a: 'x', 'extra:1': 'a', 'extra:2': 'b', 'extra:3': 'c', 'extra:4': 'd', 'extra:5': 'e' }, /“4” and 1 more/],
    ['Chinese draft', { a: '我们把误拒率降低了百分之十二', b: '', 'extra:结语': '谢谢。' }, /after the last template section \(“结尾”\)/],
    ['text before the first heading', { _preamble: 'Hello.', a: 'x', b: '' }, /^The text before the first heading is kept at the top/],
  ] as const)('%s', (_name, sections, want) => {
    const note = unplacedHeadingsNote(sections as Record<string, string>, template);
    if (want === null) expect(note).toBeNull();
    else expect(note).toMatch(want);
  });

  it('documentParts: preamble first, template order, then extras in the order held; unknown keys count as extra', () => {
    const parts = documentParts({ 'extra:Z': 'z', b: 'b', old: 'o', _preamble: 'p', a: 'a' }, template);
    expect(parts.map((p) => `${p.kind}:${p.id}`)).toEqual(['preamble:_preamble', 'template:a', 'template:b', 'extra:extra:Z', 'extra:old']);
  });
});

describe('the score history compares like with like', () => {
  it('snapshots of unchanged text score as the live check does, whatever score was stored with them', async () => {
    const { ctx, company, h } = await setup();
    const doc = await h['documents.import']({ company, markdown: fs.readFileSync(fixture('vp-zh.md'), 'utf8') });
    const template = getTemplate(ctx, doc.templateId);
    await h['documents.snapshot']({ company, id: doc.id });
    await h['documents.snapshot']({ company, id: doc.id });
    // A first snapshot stored under other rules (or by an editor that read less of the text).
    ctx.store.updateDocument(company, doc.id, null, (d) => ({ ...d, history: d.history.map((r, i) => (i === 0 ? { ...r, score: 46 } : r)) }));
    const data = JSON.parse(JSON.stringify(checkDataFor(ctx, company))) as CheckData;
    const live = createLocalChecker(data)(template, { sections: editorTexts(doc.sections, template), silencedRules: doc.silencedRules, title: doc.title }).score;
    expect(live).not.toBe(46);
    const { scores } = await h['documents.historyScores']({ company, id: doc.id });
    expect(scores).toEqual([live, live]);
    expect(scoreHistory(scores, live)?.summary).toBe('no change since first snapshot');

    // A change of text shows as a change.
    await h['documents.update']({ company, id: doc.id, baseRevision: ctx.store.getDocument(company, doc.id).revision, patch: { sections: { 'track-record': doc.sections['extra:以往战绩'] ?? '', 'extra:以往战绩': '' } } });
    await h['documents.snapshot']({ company, id: doc.id });
    const after = await h['documents.historyScores']({ company, id: doc.id });
    expect(after.scores).toHaveLength(3);
    expect(after.scores.slice(0, 2)).toEqual([live, live]);
    expect(after.scores[2]).toBeGreaterThan(live);
  });
});
