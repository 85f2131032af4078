// Lines that hold only an HTML comment are the candidate's notes to themselves (silence markers,
// prompt stubs). They never reach an export, and they are removed before Markdown is parsed so a
// marker between two list items does not split the list in two. Fenced code is left alone.
const NOTE_LINE = /^[ \t]*<!--[\s\S]*?-->[ \t]*$/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

export function withoutNoteLines(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const f = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (f && f[0] === fence[0] && f.length >= fence.length) fence = null;
      out.push(line);
      continue;
    }
    if (f) {
      fence = f;
      out.push(line);
      continue;
    }
    if (NOTE_LINE.test(line)) continue;
    out.push(line);
  }
  return out.join('\n');
}
