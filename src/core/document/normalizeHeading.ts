// How a heading is compared with a template section's id, label and aliases: emphasis markers,
// a trailing colon, an outline number ("1.", "2)", "一、", "（三）", "第二部分：") and the spaces
// next to Chinese characters ("30 秒版本" = "30秒版本") do not count, and case does not matter.
// Full-width letters read as ASCII (ＤＥＣＩＳＩＯＮ = decision, NFKC), traditional characters as
// simplified (決定 = 决定, hanFold.ts), and a note that a section is required or optional
// ("(required)", "（必填）", "【选填】") is not part of its name.
import { foldTraditional } from '../text/hanFold';

/** A bracketed note on whether a section must be filled: "(required)", "（必填）", "[optional]", "【可选】". */
const REQUIRED_NOTE =
  /\s*[(（[【]\s*(?:required|optional|mandatory|must|必填|选填|必答|选答|可选|必须|必写|选写|非必填)\s*[)）\]】]\s*/giu;

const OUTLINE_NUMBER =
  /^(?:\d{1,2}[.)、．:：]\s*|[一二三四五六七八九十]{1,3}[、.．:：]\s*|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]\s*|第[一二三四五六七八九十\d]{1,3}(?:部分|节|点|步)[:：、]?\s*)/;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * The comparable form of a heading or section name ("## 1. The Trade-off:" -> "the trade-off",
 * "一、权衡：" -> "权衡"). A heading that is only an outline number keeps it ("1." stays "1.").
 */
export function normalizeHeading(s: string): string {
  let out = foldTraditional(s.normalize('NFKC'))
    .replace(REQUIRED_NOTE, ' ')
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
