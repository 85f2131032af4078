// The full HTML page for preview and PDF: sanitized body, print CSS for the chosen design,
// header/footer in @page margin boxes, and a CSP that allows nothing but the inline stylesheet.
import type { ParsedDocument } from './parseDocument';
import type { Design } from './designs';
import { cjkCss, pageInches } from './designs';
import type { CjkLanguage } from './scriptRuns';
import type { ExportMeta } from './exportMeta';
import { bylineText, headerLine, longDate, pageNumberWords } from './exportMeta';
import type { HeadingLanguage } from '../document/headingLanguage';
import { blockHtml, escapeHtml, langHtml } from './tokensToHtml';
import { sanitizeFragment } from './sanitizeFragment';

export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'";

/** A CSS string literal that cannot end the string, the rule or the <style> element. */
export function cssString(s: string): string {
  return '"' + Array.from(s).map((c) => (/[\p{L}\p{N} ,.\-–—·]/u.test(c) ? c : `\\${c.codePointAt(0)?.toString(16) ?? '20'} `)).join('') + '"';
}

export function renderHtmlPage(doc: ParsedDocument, meta: ExportMeta, design: Design): string {
  const body = doc.sections
    .map((s) => {
      const prompt = s.prompt ? `<p class="prompt">${langHtml(s.prompt, doc.cjk)}</p>` : '';
      const heading = s.label ? `<h2>${langHtml(s.label, doc.cjk)}</h2>` : '';
      return `<section class="section" data-section="${escapeHtml(s.id)}">${heading}${prompt}${blockHtml(s.tokens, { cjk: doc.cjk })}</section>`;
    })
    .join('\n');
  // A Chinese document's byline, date and page numbers are Chinese too, like its headings.
  const byline = bylineText(meta, doc.headingLanguage);
  const main = `<main class="doc"><header class="doc-head"><h1 class="doc-title">${langHtml(doc.title, doc.cjk)}</h1><p class="doc-byline">${langHtml(byline, doc.cjk)}</p></header>\n${body}</main>`;
  // The page is English; every run of CJK text carries its own lang (see scriptRuns).
  const lang = 'en';
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="author" content="${escapeHtml(meta.candidateName)}">`,
    '<meta name="generator" content="Dossier">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${pageCss(design, meta, doc.cjk, doc.headingLanguage)}</style>`,
    '</head>',
    `<body class="design-${design.id}${design.compact ? ' compact' : ''}">`,
    sanitizeFragment(main),
    '</body>',
    '</html>',
  ].join('\n');
}

/** Per-language CJK font stacks, so Japanese is drawn with Japanese glyph forms, and so on. */
function langCss(d: Design, cjk: CjkLanguage | null): string {
  if (!cjk) return '';
  const langs: CjkLanguage[] = ['zh-Hans', 'zh-Hant', 'ja', 'ko'];
  return langs
    .map((l) => `[lang="${l}"] { font-family: ${cjkCss(d.body, l)}; }\nh1 [lang="${l}"], h2 [lang="${l}"], h3 [lang="${l}"], h4 [lang="${l}"], h5 [lang="${l}"], h6 [lang="${l}"] { font-family: ${cjkCss(d.heading, l)}; }`)
    .join('\n');
}

/**
 * Print CSS. The running header (name, company, date) is left off the first page, which carries
 * the same facts in the byline under the title; later pages show it. Long unbroken tokens (URLs,
 * IDs) may break anywhere, so a table cell never widens the page and Chromium never shrinks it.
 */
function pageCss(d: Design, meta: ExportMeta, cjk: CjkLanguage | null, lang: HeadingLanguage = 'en'): string {
  const [pageBefore, pageOf, pageAfter] = pageNumberWords(lang);
  const m = d.marginsIn;
  const size = meta.pageSize === 'a4' ? 'A4' : 'letter';
  const header = headerLine(meta);
  const h2 =
    d.sectionStyle === 'rule'
      ? `font-weight: 700; border-bottom: 0.75pt solid ${d.ruleColor}; padding-bottom: 1.5pt;`
      : 'font-weight: 700;';
  return `
@page {
  size: ${size};
  margin: ${m.top}in ${m.right}in ${m.bottom}in ${m.left}in;
  @top-left { content: ${cssString(header)}; font: 8pt ${d.body.css}; color: ${d.mutedColor}; vertical-align: bottom; padding-bottom: 10pt; }
  @top-right { content: ${cssString(longDate(meta.date, lang))}; font: 8pt ${d.body.css}; color: ${d.mutedColor}; vertical-align: bottom; padding-bottom: 10pt; }
  @bottom-right { content: ${cssString(pageBefore)} counter(page) ${cssString(pageOf)} counter(pages)${pageAfter ? ` ${cssString(pageAfter)}` : ''}; font: 8pt ${d.body.css}; color: ${d.mutedColor}; vertical-align: top; padding-top: 10pt; }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
}
:root { color-scheme: light; }
html { background: #ffffff; }
body { margin: 0; color: ${d.textColor}; font-family: ${d.body.css}; font-size: ${d.bodyPt}pt; line-height: ${d.lineHeight};
  -webkit-print-color-adjust: exact; print-color-adjust: exact; overflow-wrap: anywhere; }
@media screen {
  body { background: #eef0f3; padding: 24px 0; }
  main.doc { background: #ffffff; max-width: ${(pageInches(meta.pageSize).width - m.left - m.right).toFixed(2)}in; margin: 0 auto; padding: ${m.top}in ${m.right}in ${m.bottom}in ${m.left}in;
    box-shadow: 0 1px 4px rgba(0,0,0,0.15); }
}
main.doc { display: block; }
.doc-head { margin: 0 0 ${d.sectionBeforePt * 0.6}pt; }
h1.doc-title { font-family: ${d.heading.css}; font-size: ${d.titlePt}pt; line-height: 1.15; color: ${d.headingColor}; margin: 0 0 3pt; font-weight: ${d.id === 'classic' ? 400 : 700}; }
.doc-byline { margin: 0; color: ${d.mutedColor}; font-size: ${Math.max(9, d.bodyPt - 1.5)}pt; }
section.section { margin: 0; }
h2 { font-family: ${d.heading.css}; font-size: ${d.h2Pt}pt; color: ${d.headingColor}; margin: ${d.sectionBeforePt}pt 0 ${d.paragraphAfterPt * 0.6 + 1}pt; line-height: 1.2; ${h2} break-after: avoid; }
h3, h4, h5, h6 { font-family: ${d.heading.css}; font-size: ${d.h3Pt}pt; color: ${d.headingColor}; margin: ${d.paragraphAfterPt + 2}pt 0 ${d.paragraphAfterPt * 0.5}pt; line-height: 1.25; break-after: avoid; }
p { margin: 0 0 ${d.paragraphAfterPt}pt; orphans: 2; widows: 2; }
.prompt { color: ${d.mutedColor}; font-style: italic; font-size: ${Math.max(9, d.bodyPt - 1)}pt; }
ul, ol { margin: 0 0 ${d.paragraphAfterPt}pt; padding-left: 1.35em; }
li { margin: 0 0 ${d.paragraphAfterPt * 0.4}pt; }
li > p { margin: 0 0 ${d.paragraphAfterPt * 0.4}pt; }
li > ul, li > ol { margin-top: ${d.paragraphAfterPt * 0.4}pt; }
blockquote { margin: 0 0 ${d.paragraphAfterPt}pt; padding-left: 10pt; border-left: 2pt solid ${d.ruleColor}; color: ${d.mutedColor}; }
code { font-family: 'Courier New', 'Liberation Mono', Cousine, monospace; font-size: 0.9em; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 ${d.paragraphAfterPt}pt; }
table { border-collapse: collapse; width: 100%; margin: 2pt 0 ${d.paragraphAfterPt + 2}pt; font-size: ${Math.max(9.5, d.bodyPt - 0.5)}pt; break-inside: avoid; }
th, td { border: 0.75pt solid ${d.ruleColor}; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: ${d.id === 'classic' ? '#f1f3f7' : '#e8f1f5'}; color: ${d.headingColor}; font-weight: 700; }
a { color: ${d.headingColor}; text-decoration: underline; }
img, svg, video { max-width: 100%; }
${langCss(d, cjk)}
hr { border: 0; border-top: 0.75pt solid ${d.ruleColor}; margin: ${d.paragraphAfterPt}pt 0; }
`;
}
