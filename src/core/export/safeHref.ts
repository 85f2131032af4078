// The only link targets an export may carry: http(s) and mailto. Everything else becomes plain text.
const ALLOWED = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i;

export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  // Browsers ignore control characters and whitespace inside schemes ("java\tscript:"): drop them first.
  // eslint-disable-next-line no-control-regex
  const cleaned = href.trim().replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return ALLOWED.test(cleaned) ? cleaned : null;
}
