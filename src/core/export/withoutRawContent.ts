// Inline raw HTML arrives as separate open/close tag tokens ("<script>", text, "</script>").
// Drops everything between the tags whose content is never prose (script, style, iframe, ...).
import type { Token } from 'marked';

const HIDDEN = /^<\s*(script|style|iframe|noscript|textarea|object|embed|template|svg|math)\b/i;

export function withoutRawContent(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let closing: RegExp | null = null;
  for (const t of tokens) {
    const raw = typeof t.raw === 'string' ? t.raw : '';
    if (closing) {
      if (t.type === 'html' && closing.test(raw)) closing = null;
      continue;
    }
    if (t.type === 'html') {
      const m = HIDDEN.exec(raw.trim());
      if (m && !new RegExp(`</\\s*${m[1]}\\s*>`, 'i').test(raw)) {
        closing = new RegExp(`^\\s*</\\s*${m[1]}\\s*>`, 'i');
        continue;
      }
    }
    out.push(t);
  }
  return out;
}
