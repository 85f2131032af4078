// One CodeMirror 6 editor for one template section. The parent drives it through a handle
// (diagnostics, selection, edits) so typing never re-creates the editor.
import { useEffect, useRef } from 'react';
import { Annotation, EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { forEachDiagnostic, setDiagnostics } from '@codemirror/lint';
import type { Finding } from '../../../../shared/api';
import type { DiagnosticLike } from './findingsToDiagnostics';
import { findingsToDiagnostics, sameDiagnostics } from './findingsToDiagnostics';
import { createUnderlineGate } from './underlineGate';
import { endListWithBlankLine, noDoubledListMarkers, noDoubledMarkerOnPaste } from './listContinuation';

/** Marks programmatic resets so they are not reported as edits. */
const resetAnnotation = Annotation.define<boolean>();

export interface SectionHandle {
  /** Shows this section's findings (of the newest check) as underlines. */
  showFindings: (findings: readonly Finding[], language?: 'en' | 'zh') => void;
  /** Focuses the editor and selects [from, to), scrolling it into view. */
  select: (from: number, to: number) => void;
  /** Replaces [from, to) with text as a user edit (undoable, triggers onChange). */
  replace: (from: number, to: number, text: string) => void;
  /** Replaces the whole text without an undo step (reload after a conflict). */
  reset: (text: string) => void;
  text: () => string;
  /** Cursor offset when the editor has focus, else null. */
  cursor: () => number | null;
}

const theme = EditorView.theme({
  '&': { fontSize: '14.5px', backgroundColor: 'transparent' },
  '.cm-content': {
    fontFamily: 'var(--font-sans)',
    padding: '10px 0',
    lineHeight: '1.6',
    caretColor: 'var(--text)',
  },
  '.cm-line': { padding: '0 12px' },
  '&.cm-focused': { outline: 'none' },
  '.cm-placeholder': { color: 'var(--text-faint)', fontStyle: 'italic' },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--bg-active)',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--bg-elevated)',
    border: '1px solid var(--border)',
    borderRadius: '6px',
    color: 'var(--text)',
  },
});

/** The diagnostics the editor shows now, at their current (mapped) positions. */
function shownDiagnostics(state: EditorState): DiagnosticLike[] {
  const out: DiagnosticLike[] = [];
  forEachDiagnostic(state, (d, from, to) => {
    out.push({ ...d, from, to } as DiagnosticLike);
  });
  return out;
}

export function SectionEditor(props: {
  sectionId: string;
  label: string;
  initialText: string;
  prompt: string;
  /** Called on every change with the new text and the time of the input event (performance.now()). */
  onChange: (sectionId: string, text: string, inputAt: number) => void;
  onFocus?: (sectionId: string) => void;
  register: (sectionId: string, handle: SectionHandle | null) => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const onChange = useRef(props.onChange);
  const onFocus = useRef(props.onFocus);
  useEffect(() => {
    onChange.current = props.onChange;
    onFocus.current = props.onFocus;
  });
  const { sectionId, register } = props;
  const initial = useRef(props.initialText);
  const prompt = props.prompt;
  const label = props.label;

  useEffect(() => {
    if (!host.current) return;
    let lastInputAt = 0;
    const underlines = createUnderlineGate();
    const view = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initial.current,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          markdown(),
          noDoubledListMarkers,
          endListWithBlankLine,
          noDoubledMarkerOnPaste,
          EditorView.lineWrapping,
          placeholder(prompt),
          theme,
          EditorView.contentAttributes.of({ 'aria-label': label, 'data-section': sectionId }),
          EditorView.domEventHandlers({
            keydown: () => {
              lastInputAt = performance.now();
              return false;
            },
            beforeinput: () => {
              if (performance.now() - lastInputAt > 50) lastInputAt = performance.now();
              return false;
            },
            focus: () => {
              onFocus.current?.(sectionId);
              return false;
            },
          }),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return;
            underlines.edited();
            if (update.transactions.some((tr) => tr.annotation(resetAnnotation))) return;
            const now = performance.now();
            const at = now - lastInputAt < 200 ? lastInputAt : now;
            onChange.current(sectionId, update.state.doc.toString(), at);
          }),
        ],
      }),
    });
    // Most checks leave most underlines as they were (CodeMirror maps them through each edit): a
    // section with untouched text and the same finding objects is skipped (underlineGate.ts);
    // otherwise the dispatch, and the redraw, are skipped when the shown diagnostics already equal
    // the new ones.
    const handle: SectionHandle = {
      showFindings: (findings, language = 'en') => {
        if (!underlines.needsUpdate(findings)) return;
        const diagnostics = findingsToDiagnostics(findings, sectionId, view.state.doc.length, language);
        underlines.applied(findings);
        if (sameDiagnostics(shownDiagnostics(view.state), diagnostics)) return;
        view.dispatch(setDiagnostics(view.state, diagnostics));
      },
      select: (from, to) => {
        const len = view.state.doc.length;
        const a = Math.min(Math.max(0, from), len);
        const b = Math.min(Math.max(a, to), len);
        view.dispatch({ selection: { anchor: a, head: b }, scrollIntoView: true });
        view.focus();
      },
      replace: (from, to, text) => {
        const len = view.state.doc.length;
        const a = Math.min(Math.max(0, from), len);
        const b = Math.min(Math.max(a, to), len);
        lastInputAt = performance.now();
        view.dispatch({
          changes: { from: a, to: b, insert: text },
          selection: { anchor: a + text.length },
          userEvent: 'input',
        });
      },
      reset: (text) => {
        view.dispatch({
          changes: { from: 0, to: view.state.doc.length, insert: text },
          annotations: resetAnnotation.of(true),
        });
      },
      text: () => view.state.doc.toString(),
      cursor: () => (view.hasFocus ? view.state.selection.main.head : null),
    };
    register(sectionId, handle);
    return () => {
      register(sectionId, null);
      view.destroy();
    };
  }, [sectionId, register, prompt, label]);

  return <div ref={host} className="section-cm" data-testid={`editor-${sectionId}`} />;
}
