import type { SaveState } from './useSaver';

/** A quiet line saying whether the latest edit is on disk. */
export function SaveStatus(props: { state: SaveState }) {
  const { state } = props;
  const text =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'saved'
        ? 'Saved'
        : state.kind === 'invalid'
          ? `Not saved yet: ${state.message}`
          : state.kind === 'failed'
            ? `Not saved: ${state.message}`
            : '';
  return (
    <span className={`co-save co-save-${state.kind}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </span>
  );
}
