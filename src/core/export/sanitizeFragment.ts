// The last gate before any page: an allow-list of harmless tags, http(s)/mailto links only,
// no scripts, event handlers, styles, iframes or data:/javascript: URLs.
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
    'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'a', 'section', 'header', 'main', 'div', 'span',
  ],
  allowedAttributes: {
    a: ['href'],
    ol: ['start'],
    section: ['data-section'],
    span: ['lang'],
    '*': ['class'],
  },
  allowedClasses: { '*': ['doc', 'doc-head', 'doc-title', 'doc-byline', 'prompt', 'section'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  enforceHtmlBoundary: false,
};

export function sanitizeFragment(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
