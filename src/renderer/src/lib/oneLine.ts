/** A title is one line: line breaks (typed, pasted or dropped) become single spaces. */
export function oneLine(text: string): string {
  return text.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ');
}
