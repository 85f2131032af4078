// List continuation as common Markdown editors do it: Enter in a list item starts the next item
// with the same marker (CodeMirror's markdown keymap; Enter on an empty item ends the list), and a
// marker the user types by habit at the start of that new item replaces the one Dossier inserted
// instead of nesting a second list ("- " + typed "- next" gives "- next", not "- - next").
// Enter on an empty last item ends the list with a blank line, so the next paragraph is not
// read as part of the last item (CommonMark's lazy continuation).
import { ChangeSet, EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';

/** A bullet (-, *, +) or an ordered marker (1. or 1)), as CommonMark defines them. */
const MARKER = String.raw`(?:[-*+]|\d{1,9}[.)])`;
const DOUBLED = new RegExp(String.raw`^(\s*(?:>\s?)*)${MARKER} (${MARKER})$`);

/**
 * Given the text of a line before the cursor, at the moment the user types a space, returns the
 * line prefix to keep when it holds two list markers in a row ("- -", "2. 2.", "- 1."): the
 * indentation (and any quote markers) plus the user's marker and the space. Returns null otherwise.
 */
export function collapseDoubledMarker(lineBefore: string): string | null {
  const m = DOUBLED.exec(lineBefore);
  if (!m) return null;
  return `${m[1] ?? ''}${m[2] ?? ''} `;
}

/** CodeMirror extension: applies collapseDoubledMarker when a space is typed (one undo step). */
export const noDoubledListMarkers = EditorView.inputHandler.of((view, from, to, text) => {
  if (text !== ' ' || from !== to) return false;
  const line = view.state.doc.lineAt(from);
  const kept = collapseDoubledMarker(view.state.sliceDoc(line.from, from));
  if (kept === null) return false;
  view.dispatch({
    changes: { from: line.from, to, insert: kept },
    selection: { anchor: line.from + kept.length },
    userEvent: 'input.type',
    scrollIntoView: true,
  });
  return true;
});

const EMPTY_TOP_ITEM = new RegExp(String.raw`^${MARKER}\s*$`);

/**
 * True when Enter on `line` (cursor at its end) should end a top-level list: the line is an empty
 * item and nothing but a blank line or the end of the text follows (`next` null).
 */
export function endsList(line: string, next: string | null): boolean {
  return EMPTY_TOP_ITEM.test(line) && (next === null || next.trim() === '');
}

/** Enter on an empty last top-level item: the marker goes, a blank line separates what comes next. */
export const endListWithBlankLine = Prec.highest(
  keymap.of([
    {
      key: 'Enter',
      run: (view) => {
        const { state } = view;
        const sel = state.selection.main;
        if (!sel.empty || state.selection.ranges.length > 1) return false;
        const line = state.doc.lineAt(sel.head);
        if (sel.head !== line.to) return false;
        const next = line.number < state.doc.lines ? state.doc.line(line.number + 1).text : null;
        if (!endsList(line.text, next)) return false;
        view.dispatch({
          changes: { from: line.from, to: line.to, insert: '\n' },
          selection: { anchor: line.from + 1 },
          userEvent: 'input',
          scrollIntoView: true,
        });
        return true;
      },
    },
  ]),
);

const EMPTY_ITEM_PREFIX = new RegExp(String.raw`^(\s*(?:>\s?)*)${MARKER} $`);
const STARTS_WITH_MARKER = new RegExp(String.raw`^${MARKER} `);

/**
 * For a paste at the end of `before` (the line's text before the cursor): when `before` is just an
 * inserted list marker and the pasted text brings its own, the offset in the line where the
 * inserted marker starts (after indentation and quote markers), so it can be replaced; else null.
 */
export function markerBeforePaste(before: string, pasted: string): number | null {
  const m = EMPTY_ITEM_PREFIX.exec(before);
  if (!m || !STARTS_WITH_MARKER.test(pasted)) return null;
  return (m[1] ?? '').length;
}

/** Pasted list items onto an auto-continued empty item replace its marker instead of nesting. */
export const noDoubledMarkerOnPaste = EditorState.transactionFilter.of((tr) => {
  if (!tr.docChanged || !tr.isUserEvent('input.paste')) return tr;
  const specs: { from: number; to: number; insert: string }[] = [];
  let touched = false;
  let lastEnd = 0;
  tr.changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    const text = inserted.toString();
    const line = tr.startState.doc.lineAt(fromA);
    const at = markerBeforePaste(tr.startState.sliceDoc(line.from, fromA), text);
    if (at !== null) touched = true;
    specs.push({ from: at === null ? fromA : line.from + at, to: toA, insert: text });
    lastEnd = toA;
  });
  if (!touched) return tr;
  const changes = ChangeSet.of(specs, tr.startState.doc.length);
  return { changes, selection: { anchor: changes.mapPos(lastEnd, 1) }, userEvent: 'input.paste', scrollIntoView: true };
});
