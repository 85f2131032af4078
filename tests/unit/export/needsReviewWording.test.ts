// The "Not ready to send yet" message agrees in number with what it lists: one problem is "it",
// several are "them".
import { describe, expect, it } from 'vitest';
import { needsReview } from '../../../src/core/export/privateTermGate';
import type { Finding } from '../../../src/core/rubric/types';

const finding = { rule: 'quantified-impact', severity: 'error', message: 'x', excerpt: 'y' } as unknown as Finding; // only counted
const empty = { id: 'outcome', label: 'Outcome' };

describe('needsReview wording', () => {
  it.each([
    ['one problem', { errors: [finding], emptyRequired: [], missingGlyphs: [] }, /there is 1 problem a reviewer would notice\. Fix it first/],
    ['two problems', { errors: [finding, finding], emptyRequired: [], missingGlyphs: [] }, /there are 2 problems a reviewer would notice\. Fix them first/],
    ['one empty section', { errors: [], emptyRequired: [empty], missingGlyphs: [] }, /a required section is empty \(“Outcome”\)\. Fix it first/],
    ['a section and a problem', { errors: [finding], emptyRequired: [empty], missingGlyphs: [] }, /Fix them first/],
  ])('%s', (_label, review, expected) => {
    expect(needsReview(review, 'Brief').message).toMatch(expected);
  });
});
