// How a heading is compared with a template section's id, label and aliases: emphasis markers,
// a trailing colon, an outline number ("1.", "2)", "一、", "（三）", "第二部分：") and the spaces
// next to Chinese characters ("30 秒版本" = "30秒版本") do not count, and case does not matter.

const OUTLINE_NUMBER =
  /^(?:\d{1,2}[.)、．:：]\s*|[一二三四五六七八九十]{1,3}[、.．:：]\s*|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]\s*|第[一二三四五六七八九十\d]{1,3}(?:部分|节|点|步)[:：、]?\s*)/;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * The comparable form of a heading or section name ("## 1. The Trade-off:" -> "the trade-off",
 * "一、权衡：" -> "权衡"). A heading that is only an outline number keeps it ("1." stays "1.").
 */
export function normalizeHeading(s: string): string {
  let out = s
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:：]\s*$/, '')
    .trim();
  const numbered = out.replace(OUTLINE_NUMBER, '');
  if (numbered !== '') out = numbered;
  if (CJK.test(out)) out = out.replace(/ (?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])|(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]) /g, '');
  return out.toLowerCase();
}
