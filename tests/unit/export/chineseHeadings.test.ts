// A Chinese draft exports with Chinese section headings in every format (DOCX read back with
// python-docx and its XML, HTML, PDF through Chromium and pdftotext, Markdown), its DOCX headings
// tagged with a Chinese East Asian language, and import -> export md -> import keeps the document.
// Through the CLI (`dossier export`, `dossier import`), in process.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import { createCoreContext } from '../../../src/core/openContext';
import { rubricHandlers } from '../../../src/core/handlers/rubricHandlers';
import { lexMarkdown } from '../../../src/core/document/markdownTree';
import { findChromium } from '../../../src/node/chromiumPrinter';
import { has, hasPythonDocx, pdfText, readDocx, removeTempDirs, tempDir } from './fixtures/tools';
import { withoutErrorsLeft } from '../cli/fixtures/errorsLeft';

afterAll(removeTempDirs);

const appRoot = path.resolve(import.meta.dirname, '../../..');

const KILL_STORY = `---
template: kill-story
company: jpmorgan
title: 叫停一个有偏差的信贷模型
---
## 我的角色

我是信用卡授信模型的产品经理，负责上线计划。

## 一、发现问题

上线前三周，我在周报里发现不同邮编之间的批准率差距达到 11 个百分点。

下面这行是周报原文，不是新的小节：

\`\`\`
## 结果
\`\`\`

## 权衡

推迟上线每年少省 120 万美元，但继续上线会带来公平借贷风险。

> ## 决定
> 引用里的标题不是新的小节。

## 决策

我决定暂停上线，并和 MRM 一起重新验证模型。
`;

/** The Chinese names the kill-story template gives its sections with text, in order. */
const HEADINGS = ['我的角色', '问题是如何发现的', '权衡', '决定'];

async function cli(args: string[], cwd: string, ws: string) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), cwd, env: { PATH: process.env.PATH, DOSSIER_WORKSPACE: ws }, appRoot });
  return { code, out, err };
}

function setup() {
  const cwd = tempDir();
  const ws = tempDir('dossier-ws-');
  fs.writeFileSync(path.join(cwd, 'kill.md'), KILL_STORY);
  return { cwd, ws };
}

describe('a Chinese draft through dossier export', () => {
  it.skipIf(!hasPythonDocx())('DOCX: Chinese Heading 2 paragraphs, each run tagged East Asian zh-CN', async () => {
    const { cwd, ws } = setup();
    const r = await cli(['export', 'kill.md', '--format', 'docx', '--out', 'kill.docx'], cwd, ws);
    expect(withoutErrorsLeft(r.err)).toBe('');
    expect(r.code).toBe(0);
    const d = readDocx(fs.readFileSync(path.join(cwd, 'kill.docx')));
    expect(d.paragraphs.filter((p) => p.style === 'Heading 2').map((p) => p.text)).toEqual(HEADINGS);
    const headingRuns = [...d.documentXml.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading2"\/><\/w:pPr>(.*?)<\/w:p>/g)].map((m) => m[1] ?? '');
    expect(headingRuns).toHaveLength(HEADINGS.length);
    for (const run of headingRuns) expect(run).toMatch(/<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/);
    expect(d.paragraphs.map((p) => p.text)).not.toContain('The trade-off');
    // The byline, the running date and the page numbers follow the headings' language.
    expect(d.paragraphs[1]?.text).toMatch(/^JPMorgan Chase · \d{4}年\d{1,2}月\d{1,2}日$/);
    expect(d.headers[0]).toMatch(/^JPMorgan Chase\t\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(d.footers[0]).toBe('第  页，共  页');
  });

  it('HTML and Markdown: Chinese section headings', async () => {
    const { cwd, ws } = setup();
    expect((await cli(['export', 'kill.md', '--format', 'html', '--out', 'kill.html'], cwd, ws)).code).toBe(0);
    const html = fs.readFileSync(path.join(cwd, 'kill.html'), 'utf8');
    expect([...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1])).toEqual(HEADINGS.map((h) => `<span lang="zh-Hans">${h}</span>`));
    expect(html).toMatch(/<p class="doc-byline">JPMorgan Chase · \d{4}<span lang="zh-Hans">年\d{1,2}月\d{1,2}日<\/span><\/p>/);
    expect(html).toContain('content: "第 " counter(page) " 页\\ff0c 共 " counter(pages) " 页";');
    expect((await cli(['export', 'kill.md', '--format', 'md', '--out', 'copy.md'], cwd, ws)).code).toBe(0);
    const md = fs.readFileSync(path.join(cwd, 'copy.md'), 'utf8');
    const headings = lexMarkdown(md.replace(/^---\n[\s\S]*?\n---\n/, '')).filter((t) => t.type === 'heading').map((t) => t.raw.trim());
    expect(headings).toEqual(['## 我的角色', '## 问题是如何发现的', '## 我咨询了谁', '## 权衡', '## 决定', '## 我如何向领导汇报', '## 结果与后续监控']);
  });

  it.skipIf(!findChromium() || !has('pdftotext'))('PDF: Chinese section headings', async () => {
    const { cwd, ws } = setup();
    const r = await cli(['export', 'kill.md', '--format', 'pdf', '--out', 'kill.pdf'], cwd, ws);
    expect(r.code).toBe(0);
    const lines = pdfText(fs.readFileSync(path.join(cwd, 'kill.pdf'))).split('\n').map((l) => l.trim());
    for (const h of HEADINGS) expect(lines).toContain(h);
    expect(lines).toContain('第 1 页，共 1 页');
    expect(lines).not.toContain('The trade-off');
  });

  it('import -> export md -> import gives the same document, text that looks like a heading included', async () => {
    const { cwd, ws } = setup();
    expect((await cli(['init', '--workspace', ws], cwd, ws)).code).toBe(0);
    const first = await cli(['import', 'kill.md', '--workspace', ws], cwd, ws);
    expect(first.err).toBe('');
    expect((await cli(['export', 'kill.md', '--format', 'md', '--out', 'copy.md'], cwd, ws)).code).toBe(0);
    const second = await cli(['import', 'copy.md', '--workspace', ws], cwd, ws);
    expect(second.err).toBe('');
    const store = openWorkspace(ws);
    try {
      const [a, b] = store.listDocuments('jpmorgan-chase').map((s) => store.getDocument('jpmorgan-chase', s.id));
      expect(a?.sections).toEqual(b?.sections);
      expect(a?.title).toBe(b?.title);
      expect(a?.sections.concern).toContain('```\n## 结果\n```');
      expect(a?.sections['trade-off']).toContain('> ## 决定');
      expect(a?.sections.decision).toBe('我决定暂停上线，并和 MRM 一起重新验证模型。');
    } finally {
      store.close();
    }
  });

  it('a heading line typed into a section in the editor stays in that section through the app\'s Markdown export and dossier import', async () => {
    const { cwd, ws } = setup();
    expect((await cli(['init', '--workspace', ws], cwd, ws)).code).toBe(0);
    expect((await cli(['import', 'kill.md', '--workspace', ws], cwd, ws)).code).toBe(0);
    const ctx = await createCoreContext({ root: ws, shell: 'cli', appRoot });
    let markdown = '';
    let edited: Record<string, string> = {};
    try {
      const id = ctx.store.listDocuments('jpmorgan-chase')[0]?.id ?? '';
      // What the editor stores when the candidate types a heading line into the trade-off.
      edited = ctx.store.updateDocument('jpmorgan-chase', id, null, (d) => ({
        ...d,
        sections: { ...d.sections, 'trade-off': '推迟上线每年少省 120 万美元。\n## 决定\n这一行属于权衡，不是标题。\n\n结果\n---' },
      })).sections;
      const toMarkdown = rubricHandlers(ctx)['documents.toMarkdown'];
      markdown = (await toMarkdown?.({ company: 'jpmorgan-chase', id }))?.markdown ?? '';
    } finally {
      ctx.store.close();
    }
    expect(markdown).toContain('## 权衡\n');
    fs.writeFileSync(path.join(cwd, 'app.md'), markdown);
    expect((await cli(['import', 'app.md', '--workspace', ws], cwd, ws)).err).toBe('');
    const store = openWorkspace(ws);
    try {
      const docs = store.listDocuments('jpmorgan-chase').map((s) => store.getDocument('jpmorgan-chase', s.id));
      expect(docs).toHaveLength(2);
      for (const d of docs) expect(d.sections).toEqual(edited);
    } finally {
      store.close();
    }
  });
});
