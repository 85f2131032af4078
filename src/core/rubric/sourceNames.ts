// A source label as candidates read it in a message: never a code. The guides' names come from
// the one list in companies/sourceLabels.ts ("wf-zh" -> "Wells Fargo guide (Chinese)", in a
// Chinese draft's findings "Wells Fargo 中文指南"); the candidate's own band and a profile without
// a label read as below.
import { SOURCE_NAMES_ZH, isSourceLabel, sourceName as guideName } from '../companies/sourceLabels';
import type { FindingsLanguage } from './findingsLanguage';

const OTHER: Record<string, string> = {
  'your edits': 'your own band',
  profile: 'company profile',
};

const OTHER_ZH: Record<string, string> = {
  'your edits': '你自己填写的区间',
  profile: '公司资料',
};

export function sourceName(label: string, lang: FindingsLanguage = 'en'): string {
  if (lang === 'zh') {
    if (isSourceLabel(label)) return SOURCE_NAMES_ZH[label];
    return OTHER_ZH[label] ?? '其他来源';
  }
  if (isSourceLabel(label)) return guideName(label);
  return OTHER[label] ?? guideName(label);
}
