// length-budget on a one-page template is judged by the page (pageFill.ts's layout estimate), not
// by the word budget: the newcomer's sample brief read "397 / 450 words" with no warning while its
// PDF ran to two pages, because bullets and headings take whole lines. Table: must flag / must not.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRoot, run } from './ruleHarness';
import type { Case } from './ruleHarness';

const sample = (JSON.parse(fs.readFileSync(path.join(appRoot, 'resources/sample/sample-workspace.json'), 'utf8')) as {
  companies: { documents: { text: '', sections: Record<string, string> }[] }[];
}).companies[0]?.documents[0]?.sections as Record<string, string>;

const bullet = '- Cut manual review time from 9 to 4 minutes per case by routing alerts.';
const sentence = 'We cut fraud losses from $4.1M to $2.9M a year while false declines stayed flat at 0.4% of approvals. ';
const prose = (words: number) => sentence.repeat(Math.ceil(words / 19)).trim();
const pageWarnings = (c: Case) => run(c).findings.filter((f) => f.rule === 'length-budget' && f.severity === 'warning');

describe('length-budget: a one-page template is judged by the page', () => {
  const mustFlag: [string, Case][] = [
    ['the sample brief with three short bullets added (under 450 words, two pages in the PDF)', { text: '', sections: { ...sample, decisions: `${sample.decisions}\n${bullet}\n${bullet}\n${bullet}` } }],
    ['twenty-four one-line bullets in one section', { text: '', sections: { problem: Array.from({ length: 40 }, () => bullet).join('\n') } }],
    ['prose well over the page (800 words)', { text: '', sections: { problem: prose(400), decisions: prose(400) } }],
  ];
  it.each(mustFlag)('flags %s', (_name, c) => {
    const found = pageWarnings(c);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/runs past one page in the export: about \d+ lines? over/);
    expect(found[0]?.message).toMatch(/Cut about \d+ words/);
  });

  const mustNotFlag: [string, Case][] = [
    ['the sample brief as shipped (one page in the PDF)', { text: '', sections: sample }],
    ['470 words in three long paragraphs (one page in the PDF, over the word budget)', { text: '', sections: { problem: prose(160), decisions: prose(160), outcome: prose(150) } }],
    ['a short draft', { text: '', sections: { problem: 'Losses grew to $4.1M a year.' } }],
  ];
  it.each(mustNotFlag)('does not flag %s', (_name, c) => {
    expect(pageWarnings(c)).toEqual([]);
  });

  it('a template without a page budget is still judged by its words', () => {
    const c: Case = { text: '', template: 'ice-sheet', sections: { impact: prose(300) } };
    const found = pageWarnings(c);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/against a budget of 250/);
  });
});
