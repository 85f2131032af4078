// One template section in the editor: label, prompt, word count against the budget, the
// weak/strong examples on demand, and the CodeMirror editor itself.
import { memo, useState } from 'react';
import type { TemplateSection } from '../../../../shared/api';
import { SectionEditor } from './SectionEditor';
import type { SectionHandle } from './SectionEditor';
import { sectionBudgetView } from './sectionBudget';
import { useSectionWords } from './wordCountStore';
import type { WordCountStore } from './wordCountStore';
import { countRender } from '../../lib/renderCount';

export const SectionBlock = memo(function SectionBlock(props: {
  section: TemplateSection;
  /** The heading in the document's heading language (a Chinese draft: the section's Chinese name). */
  heading: string;
  initialText: string;
  /** The document's word counts (wordCountStore.ts): this block re-renders when its own changes. */
  wordCounts: WordCountStore;
  issues: number;
  /** The template's word budget (0 = none) and, for a spoken piece, its time budget in seconds. */
  docWordBudget: number;
  spokenSeconds: number | null;
  /** True when the check noted this section far over its share (length-budget). */
  budgetNoted: boolean;
  onChange: (sectionId: string, text: string, inputAt: number) => void;
  onFocus: (sectionId: string) => void;
  register: (sectionId: string, handle: SectionHandle | null) => void;
}) {
  const { section } = props;
  countRender('SectionBlock');
  const words = useSectionWords(props.wordCounts, section.id);
  const [showExamples, setShowExamples] = useState(false);
  const budget = sectionBudgetView({
    words,
    share: section.wordBudget,
    docWords: props.docWordBudget,
    spokenSeconds: props.spokenSeconds,
    noted: props.budgetNoted,
  });
  return (
    <section
      className="doc-section"
      data-testid={`section-${section.id}`}
      aria-labelledby={`sec-${section.id}`}
    >
      <div className="section-head">
        <h2 id={`sec-${section.id}`}>
          {props.heading}
          {props.heading !== section.label ? <span className="section-label-other">{section.label}</span> : null}
          {section.required ? null : <span className="section-optional">optional</span>}
        </h2>
        {props.issues > 0 ? (
          <span className="badge badge-warning">{props.issues} to look at</span>
        ) : null}
        <span
          className={`section-words section-words-${budget.tone}`}
          title={budget.title}
          data-testid="section-words"
          data-tone={budget.tone}
        >
          {words}
          {section.wordBudget > 0 ? ` / ${section.wordBudget}` : ''} words
        </span>
      </div>
      <p className="section-prompt">{section.prompt}</p>
      <div className="section-body">
        <SectionEditor
          sectionId={section.id}
          label={props.heading}
          prompt="Write here. Dossier checks it as you type."
          initialText={props.initialText}
          onChange={props.onChange}
          onFocus={props.onFocus}
          register={props.register}
        />
      </div>
      {section.guidance.weak || section.guidance.strong ? (
        <div className="section-guidance">
          <button
            type="button"
            className="link-button"
            aria-expanded={showExamples}
            onClick={() => setShowExamples((s) => !s)}
          >
            {showExamples ? 'Hide examples' : 'Show examples'}
          </button>
          {showExamples ? (
            <div className="examples">
              {section.guidance.weak ? (
                <div className="example example-weak">
                  <span className="example-label">Weak</span>
                  <p>{section.guidance.weak}</p>
                </div>
              ) : null}
              {section.guidance.strong ? (
                <div className="example example-strong">
                  <span className="example-label">Strong</span>
                  <p>{section.guidance.strong}</p>
                </div>
              ) : null}
              {section.guidance.tip ? <p className="example-tip">{section.guidance.tip}</p> : null}
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
});
