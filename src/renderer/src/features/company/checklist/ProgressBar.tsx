export function ProgressBar(props: { done: number; total: number; label: string }) {
  const pct = props.total === 0 ? 0 : Math.round((props.done / props.total) * 100);
  return (
    <div className="co-progress" data-testid="checklist-progress">
      <div
        className="co-progress-track"
        role="progressbar"
        aria-label={props.label}
        aria-valuemin={0}
        aria-valuemax={props.total}
        aria-valuenow={props.done}
      >
        <div className="co-progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="co-small muted">
        {props.done} of {props.total} done
      </span>
    </div>
  );
}
