// The Markdown interchange model: YAML front matter plus sections keyed by template section id.
export interface FrontMatter {
  template?: string;
  company?: string;
  title?: string;
  silencedRules?: string[];
  [key: string]: unknown;
}

/** Key prefix of a section whose heading matched no template section (the heading follows). */
export const EXTRA_PREFIX = 'extra:';

/**
 * A section key as the candidate wrote its heading: a template section's id as is, an extra
 * section's heading without EXTRA_PREFIX and the "~N" parseMarkdown adds to a repeated heading
 * ("extra:Appendix~2" -> "Appendix").
 */
export function writtenHeading(key: string): string {
  return key.startsWith(EXTRA_PREFIX) ? key.slice(EXTRA_PREFIX.length).replace(/~\d+$/, '') : key;
}
/** Key of the text before the first heading. */
export const PREAMBLE_KEY = '_preamble';

export interface MarkdownDocument {
  frontMatter: FrontMatter;
  /**
   * Template section id -> Markdown body (every template section, '' when absent), then
   * `extra:<heading>` for unknown headings and `_preamble` for text before the first heading.
   */
  sections: Record<string, string>;
}

export interface ParsedMarkdown extends MarkdownDocument {
  /** 1-based line in the file where each section's body starts (for CLI line numbers). */
  bodyLines: Record<string, number>;
}
