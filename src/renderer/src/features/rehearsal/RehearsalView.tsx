// STUB — F2 replaces this with the full-screen rehearsal overlay.
export function RehearsalView(props: { company: string; documentId: string; onClose: () => void }) {
  return (
    <div role="dialog" aria-label="Rehearsal" data-testid="rehearsal">
      <button type="button" onClick={props.onClose}>Close</button>
    </div>
  );
}
