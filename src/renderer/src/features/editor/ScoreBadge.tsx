// A score 0–100 as a coloured pill: green from 85, amber from 60, red below.
export function scoreTone(score: number): 'success' | 'warning' | 'error' {
  if (score >= 85) return 'success';
  if (score >= 60) return 'warning';
  return 'error';
}

export function ScoreBadge(props: { score: number | null; title?: string; testId?: string }) {
  if (props.score === null) {
    return (
      <span className="badge" title={props.title} data-testid={props.testId}>
        —
      </span>
    );
  }
  return (
    <span
      className={`badge badge-${scoreTone(props.score)}`}
      title={props.title}
      data-testid={props.testId}
    >
      {Math.round(props.score)}
    </span>
  );
}
