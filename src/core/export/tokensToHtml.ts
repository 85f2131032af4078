// Renders marked tokens to an HTML fragment. Text is escaped here; raw HTML is reduced to its text;
// only http(s)/mailto links survive. The result still goes through sanitizeFragment.
import type { Token, Tokens } from 'marked';
import { safeHref } from './safeHref';
import { htmlToText } from './htmlToText';
import { withoutRawContent } from './withoutRawContent';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Markdown headings inside a section sit below the section heading (h2): "#" becomes h3. */
export function shiftedDepth(depth: number): number {
  return Math.min(6, depth + 2);
}

export function inlineHtml(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  return withoutRawContent(tokens).map(inlineToken).join('');
}

function inlineToken(t: Token): string {
  switch (t.type) {
    case 'text': {
      const tt = t as Tokens.Text;
      return tt.tokens && tt.tokens.length > 0 ? inlineHtml(tt.tokens) : escapeHtml(tt.text);
    }
    case 'escape':
      return escapeHtml((t as Tokens.Escape).text);
    case 'strong':
      return `<strong>${inlineHtml((t as Tokens.Strong).tokens)}</strong>`;
    case 'em':
      return `<em>${inlineHtml((t as Tokens.Em).tokens)}</em>`;
    case 'del':
      return `<del>${inlineHtml((t as Tokens.Del).tokens)}</del>`;
    case 'codespan':
      return `<code>${escapeHtml((t as Tokens.Codespan).text)}</code>`;
    case 'br':
      return '<br>';
    case 'link': {
      const l = t as Tokens.Link;
      const href = safeHref(l.href);
      const inner = inlineHtml(l.tokens);
      return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
    }
    case 'image':
      return escapeHtml((t as Tokens.Image).text);
    case 'html':
      return escapeHtml(htmlToText((t as Tokens.Tag).text));
    case 'checkbox':
      return (t as Tokens.Checkbox).checked ? '☑ ' : '☐ ';
    default:
      return 'tokens' in t && Array.isArray(t.tokens) ? inlineHtml(t.tokens as Token[]) : escapeHtml(String(t.raw ?? ''));
  }
}

export function blockHtml(tokens: Token[]): string {
  return tokens.map(blockToken).join('\n');
}

function blockToken(t: Token): string {
  switch (t.type) {
    case 'heading': {
      const h = t as Tokens.Heading;
      const n = shiftedDepth(h.depth);
      return `<h${n}>${inlineHtml(h.tokens)}</h${n}>`;
    }
    case 'paragraph':
      return `<p>${inlineHtml((t as Tokens.Paragraph).tokens)}</p>`;
    case 'text': {
      const tt = t as Tokens.Text;
      return tt.tokens ? inlineHtml(tt.tokens) : escapeHtml(tt.text);
    }
    case 'list': {
      const l = t as Tokens.List;
      const tag = l.ordered ? 'ol' : 'ul';
      const start = l.ordered && typeof l.start === 'number' && l.start !== 1 ? ` start="${l.start}"` : '';
      const items = l.items.map((item) => `<li>${listItemHtml(item)}</li>`).join('');
      return `<${tag}${start}>${items}</${tag}>`;
    }
    case 'blockquote':
      return `<blockquote>${blockHtml((t as Tokens.Blockquote).tokens)}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml((t as Tokens.Code).text)}</code></pre>`;
    case 'table': {
      const tb = t as Tokens.Table;
      const head = tb.header.map((c) => `<th>${inlineHtml(c.tokens)}</th>`).join('');
      const rows = tb.rows.map((r) => `<tr>${r.map((c) => `<td>${inlineHtml(c.tokens)}</td>`).join('')}</tr>`).join('');
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    case 'hr':
      return '<hr>';
    case 'html': {
      const text = htmlToText((t as Tokens.HTML).text).trim();
      return text ? `<p>${escapeHtml(text)}</p>` : '';
    }
    case 'space':
    case 'def':
      return '';
    default:
      return 'tokens' in t && Array.isArray(t.tokens) ? `<p>${inlineHtml(t.tokens as Token[])}</p>` : '';
  }
}

function listItemHtml(item: Tokens.ListItem): string {
  const box = item.task ? (item.checked ? '☑ ' : '☐ ') : '';
  // Tight items hold inline "text" tokens; loose ones hold paragraphs.
  return box + blockHtml(item.tokens.filter((x) => x.type !== 'checkbox'));
}
