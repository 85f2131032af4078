// The editor heads each section as the exports do: a Chinese draft shows the section's Chinese
// name, with the template's English label beside it (the prompt and guidance stay English).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SectionBlock } from '../../../src/renderer/src/features/editor/SectionBlock';
import { createWordCountStore } from '../../../src/renderer/src/features/editor/wordCountStore';
import { documentHeadingLanguage, sectionHeading } from '../../../src/shared/headingLanguage';
import { findTemplate, loadTemplatesFrom } from '../../../src/core/templates/registry';

const appRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const kill = findTemplate(loadTemplatesFrom(appRoot, null), 'kill-story');
const tradeOff = kill.sections.find((s) => s.id === 'trade-off');
const noop = () => undefined;

function block(heading: string): string {
  if (!tradeOff) throw new Error('trade-off section missing');
  return renderToStaticMarkup(
    createElement(SectionBlock, {
      section: tradeOff, heading, initialText: '', wordCounts: createWordCountStore({}), issues: 0, docWordBudget: 0, spokenSeconds: null,
      budgetNoted: false, onChange: noop, onFocus: noop, register: noop,
    }),
  );
}

describe('section headings in the editor', () => {
  it('a Chinese draft: the Chinese name, with the English label beside it', () => {
    const lang = documentHeadingLanguage({ title: '叫停一个有偏差的信贷模型', sections: { 'trade-off': '推迟上线每年少省 120 万美元。' } });
    const html = block(sectionHeading(tradeOff ?? { label: '' }, lang));
    expect(html).toMatch(/<h2 id="sec-trade-off">权衡<span class="section-label-other">The trade-off<\/span><\/h2>/);
  });
  it('an English draft: the label alone', () => {
    const lang = documentHeadingLanguage({ title: 'Pausing a biased model', sections: { 'trade-off': 'A two-week delay cost $1.2M a year.' } });
    expect(block(sectionHeading(tradeOff ?? { label: '' }, lang))).toMatch(/<h2 id="sec-trade-off">The trade-off<\/h2>/);
  });
});
