// Chinese section headings (newcomer trial, item 2): every section of every built-in template has
// Chinese heading aliases that open it on import and survive export (printMarkdown) and import
// again; numbered headings ("一、权衡", "2. The decision") count; a heading that opens nothing is
// named plainly instead of calling the sections it holds "still empty".
import { describe, expect, it } from 'vitest';
import { loadTemplatesFrom, findTemplate } from '../../../src/core/templates/registry';
import { TemplateSchema } from '../../../src/core/templates/templateSchema';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';
import { printMarkdown } from '../../../src/core/document/printMarkdown';
import { normalizeHeading } from '../../../src/core/document/normalizeHeading';
import { appRoot, run } from '../rubric/ruleHarness';

const HAN = /[\u3400-\u9fff]/;
const templates = loadTemplatesFrom(appRoot, null).templates;

describe('Chinese section aliases', () => {
  it('loads every built-in template', () => expect(templates.length).toBeGreaterThanOrEqual(17));
  for (const t of templates) {
    it(`${t.id}: every section has Chinese aliases that open it and round-trip`, () => {
      for (const s of t.sections) expect(s.aliases?.some((a) => HAN.test(a)), `${t.id}/${s.id}`).toBe(true);
      for (const s of t.sections) {
        for (const alias of s.aliases ?? []) {
          const md = `---\ntemplate: ${t.id}\n---\n## ${alias}\n\n这一节的内容。\n`;
          const first = parseMarkdown(md, t);
          expect(first.sections[s.id], `${t.id}: “${alias}”`).toBe('这一节的内容。');
          expect(Object.keys(first.sections).filter((k) => k.startsWith('extra:'))).toEqual([]);
          const again = parseMarkdown(printMarkdown({ frontMatter: first.frontMatter, sections: first.sections }, t), t);
          expect(again.sections).toEqual(first.sections);
        }
      }
    });
  }
});

describe('heading matching', () => {
  const kill = findTemplate(loadTemplatesFrom(appRoot, null), 'kill-story');
  it.each([
    ['一、权衡', 'trade-off'],
    ['（二）决定：', 'decision'],
    ['第三部分：结果', 'outcome'],
    ['2. The decision', 'decision'],
    ['**我如何向领导汇报**', 'communication'],
    ['我 的 角色', 'role'],
    ['the TRADE-OFF:', 'trade-off'],
  ])('“%s” opens %s', (heading, id) => {
    const doc = parseMarkdown(`## ${heading}\n\nText.\n`, kill);
    expect(doc.sections[id]).toBe('Text.');
  });
  it.each(['权衡的代价', '决定以后', '3', 'Tradeoffs we skipped'])('“%s” opens no section', (heading) => {
    const doc = parseMarkdown(`## ${heading}\n\nText.\n`, kill);
    expect(Object.keys(doc.sections).filter((k) => k.startsWith('extra:'))).toHaveLength(1);
  });
  it('keeps a heading that is only a number', () => expect(normalizeHeading('1.')).toBe('1.'));
  it('refuses a template whose alias would open two sections', () => {
    const raw = structuredClone({ ...kill, origin: undefined }) as Record<string, unknown> & { sections: { aliases?: string[] }[] };
    delete raw.origin;
    raw.sections[1]!.aliases = ['权衡'];
    const r = TemplateSchema.safeParse(raw);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('权衡');
  });
});

describe('a heading that matches no section', () => {
  it('is named, with the headings expected, when a required section is empty (Chinese)', () => {
    const r = run({ text: '', template: 'kill-story', company: 'jpmorgan', sections: { concern: '上线前三周，我在周报里发现批准率差距达到 11 个百分点。', 'extra:权衡和代价': '推迟上线每年少省 120 万美元。' } });
    const req = r.findings.filter((f) => f.rule === 'section-required');
    const named = req.find((f) => f.section === 'extra:权衡和代价');
    expect(named?.message).toMatch(/^The heading “权衡和代价” matches no section of this template; expected one of: “My role” \(我的角色\), /);
    expect(named?.message).toContain('“The trade-off” (权衡)');
    expect(req.filter((f) => /still empty/.test(f.message))).toEqual([]);
  });
  it('is named in English too, and the empty section says no heading opens it', () => {
    const r = run({ text: '', template: 'impact-brief', company: null, sections: { problem: 'Fraud losses rose 20% in 2023.', 'extra:Choices I made': 'I chose the threshold.' } });
    const msgs = r.findings.filter((f) => f.rule === 'section-required').map((f) => f.message);
    expect(msgs).toContain('No heading in this draft opens the section “Decisions I owned”, which is required.');
    expect(msgs.some((m) => m.startsWith('The heading “Choices I made” matches no section of this template'))).toBe(true);
  });
  it('is not flagged when every required section is written (an extra heading is allowed)', () => {
    const t = findTemplate(loadTemplatesFrom(appRoot, null), 'kill-story');
    const sections: Record<string, string> = { 'extra:附注': '一些补充。' };
    for (const s of t.sections) sections[s.id] = s.guidance.strong;
    const r = run({ text: '', template: 'kill-story', company: null, sections });
    expect(r.findings.filter((f) => f.rule === 'section-required')).toEqual([]);
  });
  it('keeps “still empty” when no heading is unmatched', () => {
    const r = run({ text: '', template: 'kill-story', company: null, sections: { concern: 'Two weeks before launch a test flagged a 9-point gap.' } });
    expect(r.findings.filter((f) => f.rule === 'section-required').map((f) => f.message)).toContain('The section “The trade-off” is required and still empty.');
  });
});
