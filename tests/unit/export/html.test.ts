// The HTML pipeline: structure from the tokens, sanitization, CSP and print CSS.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/export/parseDocument';
import { renderHtmlPage, cssString, PAGE_CSP } from '../../../src/core/export/renderHtmlPage';
import { designFor } from '../../../src/core/export/designs';
import { safeHref } from '../../../src/core/export/safeHref';
import { chooseDesign } from '../../../src/core/export/buildExport';
import { sanitizeFragment } from '../../../src/core/export/sanitizeFragment';
import type { ExportMeta } from '../../../src/core/export/exportMeta';
import { chineseBrief, hostileBrief, impactBrief, normalBrief } from './fixtures/documents';

const meta: ExportMeta = { candidateName: 'Jane Doe', companyName: 'American Express', date: '2026-11-23', pageSize: 'letter' };

function page(doc = normalBrief, design = designFor('classic'), m = meta): string {
  return renderHtmlPage(parseDocument(doc, impactBrief), m, design);
}

function bodyOf(html: string): string {
  return html.slice(html.indexOf('<body'));
}

describe('safeHref', () => {
  it.each([
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['http://example.com', 'http://example.com'],
    ['mailto:jane@example.com', 'mailto:jane@example.com'],
    ['javascript:alert(1)', null],
    ['  JaVaScRiPt:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html;base64,PHNjcmlwdD4=', null],
    ['vbscript:msgbox', null],
    ['file:///etc/passwd', null],
    ['//evil.example/x', null],
    ['/relative/path', null],
    ['https://', null],
    ['', null],
  ])('%j -> %j', (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });
});

describe('HTML page', () => {
  it('renders sections in template order with headings, lists, tables and links', () => {
    const html = bodyOf(page());
    expect(html).toContain('<h1 class="doc-title">Real-time card fraud scoring</h1>');
    const order = ['Problem', 'Decisions I owned', 'Outcome', 'Risk and compliance', 'ICE view'].map((l) => html.indexOf(`<h2>${l}</h2>`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toMatch(/<ul>\s*<li>Moved scoring/);
    expect(html).toMatch(/<ol>\s*<li>Pre-build review/);
    expect(html).toContain('<th>Metric</th>');
    expect(html).toContain('<td>$2.9M / yr</td>');
    expect(html).toContain('<strong>$4.1M a year</strong>');
    expect(html).toContain('<a href="https://example.com/case-study">the public case study</a>');
  });

  it('leaves out empty sections and shifts Markdown headings below the section heading', () => {
    const doc = { ...normalBrief, sections: { problem: '# Inner\n\ntext', outcome: '   ' } };
    const html = bodyOf(page(doc));
    expect(html).toContain('<h3>Inner</h3>');
    expect(html).not.toContain('<h2>Outcome</h2>');
  });

  it('carries a strict CSP, the title, the author and print CSS with header and footer', () => {
    const html = page();
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`);
    expect(PAGE_CSP).toContain("default-src 'none'");
    expect(PAGE_CSP).not.toContain('script-src');
    expect(html).toContain('<title>Real-time card fraud scoring</title>');
    expect(html).toContain('<meta name="author" content="Jane Doe">');
    expect(html).toMatch(/@page \{\s*size: letter;/);
    expect(html).toContain('@top-left');
    expect(html).toContain('counter(pages)');
    expect(html).toContain('"Jane Doe · American Express"');
    expect(page(normalBrief, designFor('classic'), { ...meta, pageSize: 'a4' })).toMatch(/size: A4;/);
  });

  it('uses the design: serif for classic, sans for modern, and compact never below 10 pt', () => {
    expect(page(normalBrief, designFor('classic'))).toMatch(/font-family: 'Times New Roman', 'Liberation Serif', Tinos/);
    expect(page(normalBrief, designFor('modern'))).toMatch(/font-family: Arial, 'Liberation Sans', Arimo/);
    for (const id of ['classic', 'modern'] as const) {
      const compact = designFor(id, true);
      expect(compact.bodyPt).toBeGreaterThanOrEqual(10);
      expect(compact.marginsIn.left).toBeLessThan(designFor(id).marginsIn.left);
      expect(page(normalBrief, compact)).toContain(`font-size: ${compact.bodyPt}pt`);
    }
  });

  it('marks Chinese documents and keeps their text', () => {
    const html = page(chineseBrief);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<span lang="zh-Hans">实时欺诈评分</span>');
    expect(html).toMatch(/\[lang="zh-Hans"\] \{ font-family: 'Times New Roman', 'Liberation Serif', Tinos, 'Noto Serif CJK SC'/);
    expect(html).toContain('<strong><span lang="zh-Hans">410 万美元</span></strong>');
  });

  it('cannot be broken out of by the candidate name in the CSS header', () => {
    const html = page(normalBrief, designFor('classic'), { ...meta, candidateName: 'Eve"; } </style><script>alert(1)</script>' });
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script/i);
    expect(cssString('a"b')).toBe('"a\\22 b"');
    expect(cssString('</style>')).not.toContain('<');
  });
});

describe('sanitization', () => {
  const html = bodyOf(page(hostileBrief));

  it.each([
    ['script tags', /<script/i],
    ['script content in sections', /alert\("(inline|block)"\)/],
    ['event handlers', /\son[a-z]+\s*=/i],
    ['style attributes', /\sstyle\s*=/i],
    ['javascript: URLs', /javascript:/i],
    ['data: URLs', /data:/i],
    ['iframes', /<iframe/i],
    ['images', /<img/i],
    ['raw divs from the Markdown', /<div/i],
  ])('removes %s', (_name, pattern) => {
    expect(html).not.toMatch(pattern);
  });

  it('keeps the harmless text and the safe links', () => {
    expect(html).toContain('Raw div text');
    expect(html).toContain('click me');
    expect(html).toContain('<a href="https://example.com/ok">safe</a>');
    expect(html).toContain('<a href="mailto:jane@example.com">mail</a>');
    expect(html).toContain('raw link');
    expect(html).toContain('bold raw');
    expect(html).toContain('pixel');
  });

  it('shows a title as plain text: escaped, never markup', () => {
    expect(html).toContain('<h1 class="doc-title">Brief &lt;script&gt;alert("title")&lt;/script&gt;</h1>');
  });

  it('has exactly the expected links', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['https://example.com/ok', 'mailto:jane@example.com']);
  });

  it('is the final gate even for hand-written HTML', () => {
    const dirty = '<p onclick="x()" style="color:red">a<script>b</script><a href="javascript:c">d</a><iframe src="e"></iframe></p>';
    expect(sanitizeFragment(dirty)).toBe('<p>a<a>d</a></p>');
  });
});

describe('sections the Markdown parser kept outside the template', () => {
  it('renders text before the first heading without a heading, and unknown headings by their text', () => {
    const doc = { ...normalBrief, sections: { _preamble: 'Intro line.', problem: 'P.', 'extra:Appendix~2': 'More.' } };
    const parsed = parseDocument(doc, impactBrief);
    expect(parsed.sections.map((s) => [s.id, s.label])).toEqual([
      ['_preamble', ''],
      ['problem', 'Problem'],
      ['extra:Appendix~2', 'Appendix'],
    ]);
    const html = bodyOf(renderHtmlPage(parsed, meta, designFor('classic')));
    expect(html).toContain('<section class="section" data-section="_preamble"><p>Intro line.</p>');
    expect(html).toContain('<h2>Appendix</h2>');
  });
});

describe('chooseDesign', () => {
  it.each([
    ['modern', 'classic', 'classic', 'modern'],
    [undefined, 'modern', 'classic', 'modern'],
    [undefined, null, 'modern', 'modern'],
    [undefined, undefined, 'classic', 'classic'],
  ] as const)('request %s, document %s, workspace %s -> %s', (req, doc, ws, expected) => {
    expect(chooseDesign(req, doc, ws)).toBe(expected);
  });
});

describe('notes to self', () => {
  const withMarkers = {
    ...normalBrief,
    sections: {
      ...normalBrief.sections,
      decisions: '1. Chose real-time scoring.\n<!-- dossier-ignore vague-language -->\n2. Helped various teams adopt it.\n3. Kept a manual fallback.',
      outcome: '<!-- What changed, in numbers? -->\n',
      risk: '```html\n<!-- kept inside code -->\n```',
    },
  };

  it('leaves comment-only lines out, so a silence marker does not split a list', () => {
    const html = bodyOf(page(withMarkers));
    const decisions = html.slice(html.indexOf('<h2>Decisions I owned</h2>'), html.indexOf('<h2>Risk and compliance</h2>'));
    expect(decisions.match(/<ol/g)).toHaveLength(1);
    expect(decisions.match(/<li>/g)).toHaveLength(3);
    expect(html).not.toContain('dossier-ignore');
    // A section holding only a prompt stub is empty, so it is left out entirely.
    expect(html).not.toContain('<h2>Outcome</h2>');
    expect(html).toContain('&lt;!-- kept inside code --&gt;');
  });
});
