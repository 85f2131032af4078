// Rubric benchmark: checking a one-page document (median and p95 over many runs) and checking
// 1,000 varied documents (total), and the same 1,000 with every sentence unique (no claim cache
// help). Budgets (issue #9): one-page median <= 1 ms; 1,000 documents <= 1 s. Also the
// private-terms matcher with 2,000 terms over 1 MB of ASCII and of look-alike-heavy text.
import path from 'node:path';
import { loadRulePacks, selectRules } from '../src/core/rubric/loadRulePacks';
import { findTemplate, loadTemplatesFrom } from '../src/core/templates/registry';
import { checkText } from '../src/core/rubric/checkText';
import type { CheckTextInput } from '../src/core/rubric/checkText';
import { privateTermMatcher } from '../src/core/rubric/privateTermMatcher';
import { median, percentile, round, timeRuns } from './benchStats';

const appRoot = path.resolve(import.meta.dirname, '..');

const SENTENCES = [
  'Cut card-fraud losses from $4.1M to $2.9M a year by moving scoring to real time (45 ms p99).',
  'Worked on a churn model that helped the retention team a lot.',
  'Built the scoring service in PyTorch with a 6-layer network.',
  'Model risk joined the design review in week one and independent validation signed off before launch.',
  'The model reached 0.92 AUC and engagement went up significantly.',
  'We shipped the fix overnight and briefed compliance the following week.',
  'False declines stayed at 0.4% of transactions, against 0.4% before launch.',
  'I chose real-time scoring over a stronger batch model, accepting a 2-point drop in recall.',
  '欺诈损失从每年 410 万美元降到 290 万美元，延迟 45 毫秒。',
  'We like to ship and iterate, and various teams leveraged the platform in 2023.',
  'Approvals rose 12% compared with the control group, worth $3M a year.',
  'My ask is $260k base, in line with my Meta offer.',
];

function onePage(seed: number): Record<string, string> {
  const pick = (i: number) => SENTENCES[(seed * 7 + i * 5) % SENTENCES.length] ?? '';
  const para = (k: number) => Array.from({ length: 5 }, (_, i) => pick(k * 5 + i)).join(' ');
  return { problem: para(0), decisions: para(1), outcome: para(2), risk: para(3), ice: para(4) };
}

/** The benchmark's inputs: one page (Wells Fargo), and 1,000 documents over every template. */
export function rubricBenchInputs(): { page: CheckTextInput; docs: CheckTextInput[] } {
  const templates = loadTemplatesFrom(appRoot, null);
  const packs = loadRulePacks(appRoot).rules;
  const brief = findTemplate(templates, 'impact-brief');
  const base = (sections: Record<string, string>, company: string | null, templateId = 'impact-brief'): CheckTextInput => {
    const template = templateId === brief.id ? brief : findTemplate(templates, templateId);
    return { template, sections, rules: selectRules(packs, template, company), privateTerms: ['Project Falcon', 'Acme Bank'], disabled: [], silenced: [], company };
  };
  const companies = ['wells-fargo', 'jpmorgan', 'american-express', 'fintech', null];
  const ids = templates.templates.map((t) => t.id);
  const docs = Array.from({ length: 1000 }, (_, i) => {
    const t = findTemplate(templates, ids[i % ids.length] ?? 'impact-brief');
    const sections: Record<string, string> = {};
    const src = onePage(i);
    const vals = Object.values(src);
    t.sections.forEach((s, k) => (sections[s.id] = vals[k % vals.length] ?? ''));
    return base(sections, companies[i % companies.length] ?? null, t.id);
  });
  return { page: base(onePage(1), 'wells-fargo'), docs };
}

function timeOnce(run: () => unknown): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

export async function benchRubric(): Promise<Record<string, number>> {
  const { page, docs } = rubricBenchInputs();
  for (let i = 0; i < 300; i++) checkText(page); // warm-up: V8 tiers regexes and the claim code up after a few hundred runs
  const runs = await timeRuns(500, () => checkText(page));

  const t0 = performance.now();
  for (const d of docs) checkText(d);
  const total = performance.now() - t0;

  // The same 1,000 documents with every sentence made unique (a figure that differs per document),
  // so the claim analysis cache cannot help: the cost of checking text never seen before.
  const unique = docs.map((d, i) => {
    const sections: Record<string, string> = {};
    for (const [k, v] of Object.entries(d.sections)) sections[k] = v.replace(/\.(\s|$)/g, (_m, sp: string) => ` in ${(i % 97) + 3} regions.${sp}`);
    return { ...d, sections };
  });
  const t1 = performance.now();
  for (const d of unique) checkText(d);
  const uniqueTotal = performance.now() - t1;

  // The private-terms matcher at the settings' limit (breaker F9): 2,000 terms over 1 MB, once
  // ASCII (the shortcut reading) and once full of look-alikes, accents and Chinese (every
  // character through the look-alike fold). Median of 3.
  const matcher = privateTermMatcher(Array.from({ length: 2000 }, (_, i) => `Project Falcon ${(1e7 + i * 7919).toString(36)}`));
  const mb = (unit: string): string => unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
  const termsMs = (text: string): number => median(Array.from({ length: 3 }, () => timeOnce(() => matcher?.find(text))));
  const asciiMb = termsMs(mb('Project Falcon shipped the model. '));
  const lookAlikeMb = termsMs(mb('Pr\u043eject F\u0430lcon shipped the m\u03bfdel. F\u00e1lcon 欺诈损失下降。 '));

  return {
    onePageWords: checkText(page).wordCount,
    onePageMedianMs: median(runs),
    onePageP95Ms: percentile(runs, 95),
    thousandDocsTotalMs: round(total),
    thousandUniqueDocsTotalMs: round(uniqueTotal),
    privateTerms2000x1MbAsciiMs: round(asciiMb),
    privateTerms2000x1MbLookAlikeMs: round(lookAlikeMb),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  process.stdout.write(JSON.stringify(await benchRubric(), null, 2) + '\n');
}
