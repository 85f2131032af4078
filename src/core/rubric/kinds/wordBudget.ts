// word-budget: a written template longer than it may be. A template with a page budget (one page)
// is judged by the page: the layout estimate of pageFill.ts (headings, bullets and spacing take
// whole lines, which a word count cannot see; measured against Chromium's PDF, see
// docs/page-estimate.md). A template without one is judged by its word budget. Spoken templates
// are judged by speaking-time instead. A section far over its own share of the page gets an
// info-level note, so the candidate knows where to cut.
import { z } from 'zod';
import { defineKind } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { pageVerdict } from '../../export/pageFill';
import { sectionHeading } from '../../document/headingLanguage';
import { inLanguage } from '../findingsLanguage';
import { zhText } from '../zhText';

export const wordBudget = defineKind({
  name: 'word-budget',
  describe: 'Flags a written document that runs past its page (or, without a page budget, its word budget), and notes sections far over their share.',
  params: z.object({
    tolerance: z.number().min(0).max(1).default(0),
    /** A section over this multiple of its own budget gets an info note; 0 turns the notes off. */
    sectionFactor: z.number().min(0).max(10).default(1.5),
    sectionMessage: z.string().default('The section “{section}” is about {words} words; its share of the page is about {budget}.'),
    /** The message when the page estimate runs over; {lines}, {words}, {budget}, {over}. */
    pageMessage: z
      .string()
      .default('This runs past one page in the export: about {lines} lines over, at {words} words. Headings, short bullets and the space between paragraphs take whole lines. Cut about {over} words.'),
    /** The two messages in Chinese, for a Chinese draft's findings. */
    sectionMessageZh: zhText.default('“{section}”部分约 {words} 词；按它在一页中的份额，大约 {budget} 词就够了。'),
    pageMessageZh: zhText.default('导出后会超过一页：大约多出 {lines} 行，全文 {words} 词。标题、短的要点和段落之间的空白都会占用整行。请删减约 {over} 词。'),
  }),
  compile: (p) => p,
  check: (c, ctx) => {
    const budget = ctx.template.wordBudget;
    if (ctx.template.spoken) return [];
    const out: RawFinding[] = [];
    const sections: Record<string, string> = {};
    for (const s of ctx.sections) sections[s.id] = s.raw;
    // A document under half its word budget cannot fill a page: the estimate is skipped.
    const page = ctx.words * 2 >= budget ? pageVerdict(ctx.template, { title: ctx.template.name, sections }, ctx.words) : null;
    if (page) {
      if (page.linesOver > 0) {
        const vars = { lines: page.linesOver, words: ctx.words, budget, over: page.wordsOver };
        const message = inLanguage(ctx.lang, c.pageMessage, c.pageMessageZh).replace(/\{(\w+)\}/g, (all, k: string) => (k in vars ? String(vars[k as keyof typeof vars]) : all));
        out.push({ section: null, start: 0, end: 0, vars, message });
      }
    } else if (budget > 0 && ctx.words > Math.floor(budget * (1 + c.tolerance)) && (ctx.template.pageBudget ?? 0) <= 0) {
      out.push({ section: null, start: 0, end: 0, vars: { words: ctx.words, budget, over: ctx.words - budget } });
    }
    if (c.sectionFactor > 0 && budget > 0) {
      for (const def of ctx.template.sections) {
        const section = ctx.sections.find((s) => s.id === def.id);
        if (!section || def.wordBudget <= 0 || section.words <= def.wordBudget * c.sectionFactor) continue;
        const name = sectionHeading(def, ctx.lang);
        const vars = { section: name, words: section.words, budget: def.wordBudget };
        const message = inLanguage(ctx.lang, c.sectionMessage, c.sectionMessageZh).replace(/\{(\w+)\}/g, (all, k: string) => (k in vars ? String(vars[k as keyof typeof vars]) : all));
        out.push({ section: def.id, start: 0, end: 0, severity: 'info', message, suggestion: ctx.lang === 'zh' ? `把“${name}”删减到 ${def.wordBudget} 词左右。` : `Trim “${name}” toward ${def.wordBudget} words.` });
      }
    }
    return out;
  },
});
