// Limits applied once where Markdown and front matter enter core (lexMarkdown, parseMarkdown), so
// every later step (section splitting, the export tree, DOCX and HTML renderers) has bounded cost
// whatever the text. Each limit is far above what a written document uses; past it, the text is
// kept and shown as typed, or refused with a message that names the limit.

/**
 * Emphasis delimiters (`*`, `_`, `~`) one paragraph may hold before they are taken as literal
 * characters. marked matches each opening delimiter by scanning ahead for its closer, so a
 * paragraph of n unmatched delimiters costs n² (40 KB of "_a" took 1.3 s, 100 KB 27 s). Past the
 * limit the paragraph's delimiters are backslash-escaped: the same characters are shown, as typed,
 * without bold, italics or strikethrough, and the cost is linear.
 */
export const MAX_EMPHASIS_DELIMITERS_PER_PARAGRAPH = 500;

/** Nesting of `[`/`{` in front matter beyond which it is refused (the YAML reader recurses per level). */
export const MAX_FRONT_MATTER_NESTING = 16;

/** Front matter longer than this is refused: it holds a template id, a company, a title and rule ids. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DELIMITER = /[*_~]/g;
const UNESCAPED_DELIMITER = /(?<!\\)[*_~]/g;

/**
 * `src` with the emphasis delimiters of every over-limit paragraph escaped (see
 * MAX_EMPHASIS_DELIMITERS_PER_PARAGRAPH). Paragraphs are runs of non-blank lines outside fenced
 * code; fenced code is never changed. Returns `src` itself when nothing is over the limit.
 */
export function escapeExcessEmphasis(src: string): string {
  if ((src.match(DELIMITER)?.length ?? 0) <= MAX_EMPHASIS_DELIMITERS_PER_PARAGRAPH) return src;
  const lines = src.split('\n');
  let fence: string | null = null;
  let start = -1;
  let count = 0;
  let changed = false;
  const close = (end: number) => {
    if (start !== -1 && count > MAX_EMPHASIS_DELIMITERS_PER_PARAGRAPH) {
      for (let i = start; i < end; i++) lines[i] = lines[i]!.replace(UNESCAPED_DELIMITER, (d) => `\\${d}`);
      changed = true;
    }
    start = -1;
    count = 0;
  };
  lines.forEach((line, i) => {
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = null;
      return;
    }
    if (f) {
      close(i);
      fence = f[1]!;
      return;
    }
    if (line.trim() === '') {
      close(i);
      return;
    }
    if (start === -1) start = i;
    count += line.match(DELIMITER)?.length ?? 0;
  });
  close(lines.length);
  return changed ? lines.join('\n') : src;
}

/**
 * Why this front matter (the YAML between the `---` lines) is refused, or null when it is within
 * the limits: over MAX_FRONT_MATTER_CHARS, or `[`/`{` nested deeper than MAX_FRONT_MATTER_NESTING
 * (counted everywhere, quotes included). Linear in the text; runs before the YAML reader, which recurses per level.
 */
export function frontMatterLimitProblem(yaml: string): string | null {
  if (yaml.length > MAX_FRONT_MATTER_CHARS) {
    return `The front matter is ${Math.round(yaml.length / 1024)} KB long; Dossier reads up to ${MAX_FRONT_MATTER_CHARS / 1024} KB there. Keep only the “key: value” lines (template, company, title) and move the rest into the body.`;
  }
  // Brackets in quotes and comments count too: a fail-safe over-count, never an under-count.
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  if (deepest > MAX_FRONT_MATTER_NESTING) {
    return `The front matter nests brackets ${deepest} levels deep; Dossier reads at most ${MAX_FRONT_MATTER_NESTING}. Write each field as a plain “key: value” line (template, company, title).`;
  }
  return null;
}
