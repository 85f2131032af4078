// The template picker lists the folder's recommendations first, then the rest in their order.
import { describe, expect, it } from 'vitest';
import { orderTemplates, recommendedTemplateIds } from '../../../src/renderer/src/features/documents/templateOrder';

const t = (id: string) => ({ id });
const all = ['comp-memo', 'four-p', 'ice-sheet', 'impact-brief', 'kill-story', 'three-c'].map(t);

describe('recommendedTemplateIds', () => {
  it('puts the impact brief first, then checklist templates once each, in checklist order', () => {
    expect(
      recommendedTemplateIds([{ templateId: 'three-c' }, {}, { templateId: 'impact-brief' }, { templateId: 'three-c' }, { templateId: 'comp-memo' }]),
    ).toEqual(['impact-brief', 'three-c', 'comp-memo']);
  });
  it('recommends the impact brief for a folder without a checklist', () => {
    expect(recommendedTemplateIds([])).toEqual(['impact-brief']);
  });
});

describe('orderTemplates', () => {
  it('lists recommended templates first and keeps the others in order', () => {
    const { recommended, others } = orderTemplates(all, ['impact-brief', 'kill-story', 'comp-memo']);
    expect(recommended.map((x) => x.id)).toEqual(['impact-brief', 'kill-story', 'comp-memo']);
    expect(others.map((x) => x.id)).toEqual(['four-p', 'ice-sheet', 'three-c']);
  });
  it('skips recommended ids that are not installed templates', () => {
    const { recommended, others } = orderTemplates(all, ['gone', 'three-c']);
    expect(recommended.map((x) => x.id)).toEqual(['three-c']);
    expect(others).toHaveLength(5);
  });
});
