// Every match of a global regex in a text, as `[...text.matchAll(re)]` gives them, without
// matchAll's cost: matchAll copies the regex (a new RegExp object) at every call, about 1 µs on
// V8, and the claims analysis and the rule kinds call it for each pattern of each sentence.
/**
 * The matches of `re` (which must have the g flag; TypeError otherwise, as matchAll) in `text`,
 * from `re.lastIndex` on, in order; an empty match steps one code point on (one UTF-16 unit
 * without the u or v flag), as matchAll does. `re.lastIndex` is left as it was, as matchAll
 * leaves it. Results are RegExpExecArray with `index`.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf needs a global regex');
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  const fullUnicode = re.unicode || (re as { unicodeSets?: boolean }).unicodeSets === true;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, fullUnicode);
  }
  re.lastIndex = from;
  return out;
}

/** The index after the code point (or UTF-16 unit) at `i` (ECMAScript's AdvanceStringIndex). */
function advance(text: string, i: number, fullUnicode: boolean): number {
  if (!fullUnicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
