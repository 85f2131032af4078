// Renders the document tree (src/core/document/markdownTree: marked tokens with raw HTML already
// reduced to text and entities decoded) to an HTML fragment. All text is escaped here; only
// http(s)/mailto links survive. The result still goes through sanitizeFragment.
// Recursion follows the tree, whose nesting markdownTree bounds (MAX_DEPTH).
import type { Token, Tokens } from '../document/markdownTree';
import { safeHref } from './safeHref';
import { scriptRuns } from './scriptRuns';
import type { CjkLanguage } from './scriptRuns';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Markdown headings inside a section sit below the section heading (h2): "#" becomes h3. */
export function shiftedDepth(depth: number, shift = 2): number {
  return Math.min(6, depth + shift);
}

export interface HtmlOptions {
  /** Added to a Markdown heading's level (2 inside a document section, 0 for a bare fragment). */
  headingShift?: number;
  /** The document's East Asian language: CJK runs are wrapped in <span lang> (page language is en). */
  cjk?: CjkLanguage | null;
}

/** Escaped text with each non-English run of script in a <span lang="..."> (zh-Hans, ja, ...). */
export function langHtml(text: string, cjk: CjkLanguage | null | undefined): string {
  if (!cjk) return escapeHtml(text);
  return scriptRuns(text, cjk)
    .map((r) => (r.lang === 'en' ? escapeHtml(r.text) : `<span lang="${r.lang}">${escapeHtml(r.text)}</span>`))
    .join('');
}

export function inlineHtml(tokens: Token[] | undefined, opts: HtmlOptions = {}): string {
  if (!tokens) return '';
  return tokens.map((t) => inlineToken(t, opts)).join('');
}

function inlineToken(t: Token, opts: HtmlOptions): string {
  switch (t.type) {
    case 'text': {
      const tt = t as Tokens.Text;
      return tt.tokens && tt.tokens.length > 0 ? inlineHtml(tt.tokens, opts) : langHtml(tt.text, opts.cjk);
    }
    case 'escape':
      return langHtml((t as Tokens.Escape).text, opts.cjk);
    case 'strong':
      return `<strong>${inlineHtml((t as Tokens.Strong).tokens, opts)}</strong>`;
    case 'em':
      return `<em>${inlineHtml((t as Tokens.Em).tokens, opts)}</em>`;
    case 'del':
      return `<del>${inlineHtml((t as Tokens.Del).tokens, opts)}</del>`;
    case 'codespan':
      return `<code>${escapeHtml((t as Tokens.Codespan).text)}</code>`;
    case 'br':
      return '<br>';
    case 'link': {
      const l = t as Tokens.Link;
      const href = safeHref(l.href);
      const inner = inlineHtml(l.tokens, opts);
      return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
    }
    case 'image':
      return langHtml((t as Tokens.Image).text, opts.cjk);
    case 'checkbox':
      return (t as Tokens.Checkbox).checked ? '☑ ' : '☐ ';
    case 'html':
      return ''; // markdownTree has already turned raw HTML into text
    default:
      return 'tokens' in t && Array.isArray(t.tokens) ? inlineHtml(t.tokens as Token[], opts) : escapeHtml(String('text' in t ? t.text : ''));
  }
}

export function blockHtml(tokens: Token[], opts: HtmlOptions = {}): string {
  return tokens.map((t) => blockToken(t, opts)).filter((s) => s !== '').join('\n');
}

function blockToken(t: Token, opts: HtmlOptions): string {
  switch (t.type) {
    case 'heading': {
      const h = t as Tokens.Heading;
      const n = shiftedDepth(h.depth, opts.headingShift ?? 2);
      return `<h${n}>${inlineHtml(h.tokens, opts)}</h${n}>`;
    }
    case 'paragraph':
      return `<p>${inlineHtml((t as Tokens.Paragraph).tokens, opts)}</p>`;
    case 'text': {
      const tt = t as Tokens.Text;
      return tt.tokens ? inlineHtml(tt.tokens, opts) : langHtml(tt.text, opts.cjk);
    }
    case 'list': {
      const l = t as Tokens.List;
      const tag = l.ordered ? 'ol' : 'ul';
      const start = l.ordered && typeof l.start === 'number' && l.start !== 1 ? ` start="${l.start}"` : '';
      const items = l.items.map((item) => `<li>${listItemHtml(item, opts)}</li>`).join('\n');
      return `<${tag}${start}>\n${items}\n</${tag}>`;
    }
    case 'blockquote':
      return `<blockquote>\n${blockHtml((t as Tokens.Blockquote).tokens, opts)}\n</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml((t as Tokens.Code).text)}</code></pre>`;
    case 'table': {
      const tb = t as Tokens.Table;
      const head = tb.header.map((c) => `<th>${inlineHtml(c.tokens, opts)}</th>`).join('');
      const rows = tb.rows.map((r) => `<tr>${r.map((c) => `<td>${inlineHtml(c.tokens, opts)}</td>`).join('')}</tr>`).join('');
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    case 'hr':
      return '<hr>';
    case 'space':
    case 'def':
    case 'html':
      return '';
    default:
      return 'tokens' in t && Array.isArray(t.tokens) ? `<p>${inlineHtml(t.tokens as Token[], opts)}</p>` : '';
  }
}

function listItemHtml(item: Tokens.ListItem, opts: HtmlOptions): string {
  const box = item.task ? (item.checked ? '☑ ' : '☐ ') : '';
  const kids = item.tokens.filter((x) => x.type !== 'checkbox');
  // Tight items hold inline "text" tokens; loose ones hold paragraphs: the box goes inside the first.
  const html = blockHtml(kids, opts);
  if (!box) return html;
  return html.startsWith('<p>') ? `<p>${box}${html.slice(3)}` : box + html;
}
