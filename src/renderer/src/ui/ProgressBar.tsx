// "3 of 8 done" as a bar: the checklist page (regular) and the dashboard cards (small).
import type { ReactNode } from 'react';

export function ProgressBar(props: {
  done: number;
  total: number;
  /** What the bar measures, for screen readers. */
  label: string;
  /** The words beside the bar. */
  caption: ReactNode;
  size?: 'regular' | 'small';
  title?: string;
  testId?: string;
}) {
  const pct = props.total === 0 ? 0 : Math.round((props.done / props.total) * 100);
  return (
    <div className={props.size === 'small' ? 'progress progress-small' : 'progress'} title={props.title} data-testid={props.testId}>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={props.label}
        aria-valuemin={0}
        aria-valuemax={props.total}
        aria-valuenow={props.done}
      >
        <div className="progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="progress-caption">{props.caption}</span>
    </div>
  );
}
