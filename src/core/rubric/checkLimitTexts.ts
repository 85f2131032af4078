// The words of the check-limit note (checkText.ts) in each findings language.
import type { FindingsLanguage } from './findingsLanguage';

export interface CheckLimitTexts {
  /** The document was read in part: `checked` of `total` sentences, up to the section `label`. */
  partial: (checked: string, total: string, label: string) => string;
  /** Only the first `max` findings of a rule are listed; `list` names the rules and their counts. */
  capped: (max: string, list: string) => string;
  listSeparator: string;
  partSeparator: string;
  why: string;
  suggestion: string;
}

const EN: CheckLimitTexts = {
  partial: (checked, total, label) =>
    `This document is too long to check in full: the rubric read its first ${checked} of ${total} sentences, up to this point in “${label}”. Nothing after that has findings; the word count and length limits cover the whole document.`,
  capped: (max, list) => `Only the first ${max} findings of a rule are listed (${list}).`,
  listSeparator: '; ',
  partSeparator: ' ',
  why: 'A check stays within a few seconds so the editor keeps up with your typing; interview documents are far shorter than this.',
  suggestion: 'Keep each story or brief in its own document, or check the part you are working on.',
};

const ZH: CheckLimitTexts = {
  partial: (checked, total, label) =>
    `这份文档太长，没能全部检查：评分规则读了全部 ${total} 句中的前 ${checked} 句，读到“${label}”的这里为止。之后的内容没有提示；字数和篇幅限制仍按整份文档计算。`,
  capped: (max, list) => `每条规则只列出前 ${max} 条提示（${list}）。`,
  listSeparator: '；',
  partSeparator: '',
  why: '为了让编辑器跟得上你的输入，每次检查都限制在几秒之内；面试材料通常远比这短。',
  suggestion: '每个故事或每份简报各放一份文档，或者只检查你正在写的那一部分。',
};

export function checkLimitTexts(lang: FindingsLanguage): CheckLimitTexts {
  return lang === 'zh' ? ZH : EN;
}
