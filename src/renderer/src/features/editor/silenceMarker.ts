// "Silence here": an inline marker on its own line before the flagged line, which the rubric
// reads as "do not report this rule for the next line" (and export leaves out).
export interface TextInsert {
  from: number;
  insert: string;
}

export function silenceMarkerText(rule: string): string {
  return `<!-- dossier-ignore ${rule} -->`;
}

/** Where and what to insert so that the line holding `offset` is silenced for `rule`. */
export function silenceMarkerInsert(text: string, offset: number, rule: string): TextInsert {
  const at = Math.max(0, Math.min(offset, text.length));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return { from: lineStart, insert: `${silenceMarkerText(rule)}\n` };
}

export function applyInsert(text: string, change: TextInsert): string {
  return text.slice(0, change.from) + change.insert + text.slice(change.from);
}
