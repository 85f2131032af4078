// The page estimate keeps each section's measured boxes by its heading and text (pageFill.ts,
// boxMemo), so an estimate while typing measures only the section that changed. It must give the
// same figure as measuring everything afresh (a copy of the design has a memo of its own).
import { describe, expect, it } from 'vitest';
import { estimatePageFill } from '../../../src/core/export/pageFill';
import type { PageFillInput } from '../../../src/core/export/pageFill';
import { designFor } from '../../../src/core/export/designs';

const sections = (extra: string): PageFillInput['sections'] => [
  { label: '', text: '' },
  { label: 'Problem', text: 'Card fraud cost $4.1M a year; review took two days.\n\n- one\n- two\n  - nested item' },
  { label: 'Outcome', text: `Losses fell to $2.9M (a 29% cut) within two quarters.${extra}` },
  { label: 'Risk', text: '| Check | When |\n|---|---|\n| Validation | before launch |\n\n> Model risk signed off.\n\n```\ncode line\n```' },
  { label: '结果', text: '欺诈损失从每年 410 万美元降到 290 万美元，延迟 45 毫秒。' },
];

describe('estimatePageFill with its section memo', () => {
  it('gives the figure a fresh measurement gives, before and after one section changes', () => {
    for (const id of ['classic', 'modern'] as const) {
      for (const size of ['letter', 'a4'] as const) {
        const design = designFor(id);
        for (const extra of ['', ' More words here.', ' More words here. '.repeat(40), '']) {
          const doc = { title: 'Real-time fraud scoring', sections: sections(extra) };
          const memoised = estimatePageFill(doc, design, size);
          const again = estimatePageFill(doc, design, size);
          const fresh = estimatePageFill(doc, { ...design }, size);
          expect(again).toEqual(memoised);
          expect(memoised).toEqual(fresh);
        }
      }
    }
  });

  it('reads a longer section as more of the page', () => {
    const design = designFor('classic');
    const short = estimatePageFill({ title: 'T', sections: sections('') }, design, 'letter');
    const long = estimatePageFill({ title: 'T', sections: sections(' More words here.'.repeat(200)) }, design, 'letter');
    expect(long.usedPt).toBeGreaterThan(short.usedPt + 100);
  });
});
