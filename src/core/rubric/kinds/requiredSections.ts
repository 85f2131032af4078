// required-sections: every required template section must be present and hold some text. When
// the draft has headings that open no section of the template (a Chinese heading the template
// does not know, a typo), an empty required section is most likely written under one of them,
// so those headings are named with the section names they could have been instead of only
// calling the sections "still empty".
import { z } from 'zod';
import { EXTRA_PREFIX } from '../../document/types';
import type { TemplateSection } from '../../templates/types';
import { defineKind } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { chineseName } from '../../document/headingLanguage';
import type { FindingsLanguage } from '../findingsLanguage';

/** A heading as quoted in a message: “…” with inner whitespace collapsed, cut at 60 characters. */
function quoted(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return `“${t.length > 60 ? `${t.slice(0, 59)}…` : t}”`;
}

/** The names a section's heading can take, for a message: its label, then its first alias (in Chinese: its Chinese name, then its label). */
function headingNames(def: TemplateSection, lang: FindingsLanguage): string {
  const zh = lang === 'zh' ? chineseName(def) : null;
  if (zh) return `${quoted(zh)}（${def.label}）`;
  const alias = def.aliases?.[0];
  return alias ? `${quoted(def.label)} (${alias})` : quoted(def.label);
}

/** The words of this kind's own findings in each findings language. */
const TEXTS = {
  en: {
    noHeading: (name: string) => `No heading in this draft opens the section ${name}, which is required.`,
    headItWith: (first: string, second: string | undefined) => `Head it “## ${first}”${second ? ` or “## ${second}”` : ''}, or write two or three sentences for it.`,
    startFromPrompt: (name: string) => `Start ${name} from its prompt`,
    unmatched: (heading: string, expected: string) => `The heading ${heading} matches no section of this template; expected one of: ${expected}.`,
    listSeparator: ', ',
    rename: 'Rename the heading to one of these section names so its text is checked as that section.',
  },
  zh: {
    noHeading: (name: string) => `这份草稿里没有标题对应必填部分${name}。`,
    headItWith: (first: string, second: string | undefined) => `把标题写成“## ${first}”${second ? `或“## ${second}”` : ''}，或者为这一部分写两三句话。`,
    startFromPrompt: (name: string) => `按提示开始写${name}`,
    unmatched: (heading: string, expected: string) => `标题${heading}不对应这个模板的任何部分；应该是以下之一：${expected}。`,
    listSeparator: '、',
    rename: '把这个标题改成其中一个部分的名称，这样它下面的内容才会按那一部分来检查。',
  },
} as const;

export const requiredSections = defineKind({
  name: 'required-sections',
  describe: 'Flags each required template section that is missing or empty, and headings that match no section when one is.',
  params: z.object({}),
  compile: () => null,
  check: (_c, ctx) => {
    const out: RawFinding[] = [];
    const t = TEXTS[ctx.lang];
    const unmatched = ctx.sections.filter((s) => s.id.startsWith(EXTRA_PREFIX) && s.words > 0);
    for (const def of ctx.template.sections) {
      if (!def.required) continue;
      const section = ctx.sections.find((s) => s.id === def.id);
      if (section && section.words > 0) continue;
      const zhName = ctx.lang === 'zh' ? chineseName(def) : null;
      const name = zhName ?? def.label;
      const finding: RawFinding = { section: def.id, start: 0, end: 0, vars: { section: name }, emptySection: 'reports' };
      if (unmatched.length > 0) {
        finding.message = t.noHeading(quoted(name));
        finding.suggestion = zhName ? t.headItWith(zhName, def.label) : t.headItWith(def.label, def.aliases?.[0]);
      }
      // A blank section can start from its prompt, kept as a note that export leaves out. Once
      // anything is there (even that note) the fix is not offered again.
      if ((section?.raw.trim() ?? '') === '') {
        finding.fix = { label: t.startFromPrompt(quoted(name)), start: 0, end: 0, text: `<!-- ${def.prompt.replace(/--+>?/g, '—')} -->\n` };
      }
      out.push(finding);
    }
    if (out.length === 0) return out;
    const expected = ctx.template.sections.map((d) => headingNames(d, ctx.lang)).join(t.listSeparator);
    for (const s of unmatched) {
      const heading = s.id.slice(EXTRA_PREFIX.length).replace(/~\d+$/, '');
      out.push({
        section: s.id,
        start: 0,
        end: 0,
        severity: 'warning',
        message: t.unmatched(quoted(heading), expected),
        suggestion: t.rename,
      });
    }
    return out;
  },
});
