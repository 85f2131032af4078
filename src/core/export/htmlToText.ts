// Raw HTML inside Markdown is never rendered: its tags are stripped and only the visible text kept.
import sanitizeHtml from 'sanitize-html';

const decode: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };

export function htmlToText(html: string): string {
  const stripped = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
  return stripped.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (m) => decode[m] ?? m);
}
