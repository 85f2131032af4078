// A part of the document that is not one of the template's sections: text under a heading that
// matched none of them, or text before the first heading (kept by the Markdown import so nothing
// is lost). The exports print it and the rubric checks it, so it is shown and editable here like
// any section, with a plain note on where it goes and a way to move its text into a template
// section.
import { memo, useState } from 'react';
import { Button } from '../../ui/Button';
import { SectionEditor } from './SectionEditor';
import type { SectionHandle } from './SectionEditor';
import { useSectionWords } from './wordCountStore';
import type { WordCountStore } from './wordCountStore';

export const LooseSectionBlock = memo(function LooseSectionBlock(props: {
  /** The part's key in the document's sections ("extra:Closing", "_preamble"). */
  id: string;
  heading: string;
  kind: 'preamble' | 'extra' | 'template';
  initialText: string;
  /** The document's word counts (wordCountStore.ts): this block re-renders when its own changes. */
  wordCounts: WordCountStore;
  issues: number;
  /** The template's sections, headed as the editor shows them: where the text can be moved. */
  targets: readonly { id: string; label: string }[];
  onMove: (from: string, to: string) => void;
  onChange: (sectionId: string, text: string, inputAt: number) => void;
  onFocus: (sectionId: string) => void;
  register: (sectionId: string, handle: SectionHandle | null) => void;
}) {
  const words = useSectionWords(props.wordCounts, props.id);
  const [target, setTarget] = useState(props.targets[0]?.id ?? '');
  const headId = `sec-${props.id.replace(/[^\p{L}\p{N}_-]+/gu, '-')}`;
  return (
    <section className="doc-section doc-section-loose" data-testid="loose-section" data-section={props.id} aria-labelledby={headId}>
      <div className="section-head">
        <h2 id={headId}>
          {props.heading}
          <span className="section-optional">{props.kind === 'preamble' ? 'no heading' : 'not a template section'}</span>
        </h2>
        {props.issues > 0 ? <span className="badge badge-warning">{props.issues} to look at</span> : null}
        <span className="section-words" data-testid="section-words">
          {words} words
        </span>
      </div>
      <p className="section-prompt" data-testid="loose-section-note">
        {props.kind === 'preamble'
          ? 'This text stands before the first heading. It is checked, and the exports print it at the top without a heading.'
          : 'This heading matches none of this template’s sections. Its text is checked, and the exports print it under this heading after the template’s sections. To have it checked as a template section, move it there.'}
      </p>
      <div className="section-body">
        <SectionEditor
          sectionId={props.id}
          label={props.heading}
          prompt="Empty: the exports leave it out."
          initialText={props.initialText}
          onChange={props.onChange}
          onFocus={props.onFocus}
          register={props.register}
        />
      </div>
      {props.targets.length > 0 ? (
        <div className="section-guidance loose-move">
          <label>
            Move this text to the end of{' '}
            <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="loose-move-target">
              {props.targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>{' '}
          <Button size="sm" disabled={words === 0} onClick={() => props.onMove(props.id, target)} data-testid="loose-move">
            Move
          </Button>
        </div>
      ) : null}
    </section>
  );
});
