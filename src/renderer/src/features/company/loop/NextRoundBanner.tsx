// "12 days until Compliance interview": the next scheduled round, counted from the live draft.
import type { LoopRound } from '../../../../../shared/api';
import { nextRound } from './nextRound';
import { formatRoundTime } from './zonedTime';

export function NextRoundBanner(props: { rounds: LoopRound[]; now: number }) {
  const next = nextRound(props.rounds, props.now);
  if (!next) {
    const unscheduled = props.rounds.filter((r) => r.status === 'not-scheduled').length;
    return (
      <div className="co-banner co-banner-quiet" data-testid="next-round">
        No round is scheduled yet.
        {unscheduled > 0 && ` Add dates as the recruiter confirms them; ${unscheduled} of ${props.rounds.length} rounds still need one.`}
      </div>
    );
  }
  const { round, days } = next;
  const lead = days === 0 ? `${round.name} is today` : days === 1 ? `1 day until ${round.name}` : `${days} days until ${round.name}`;
  return (
    <div className="co-banner" data-testid="next-round">
      <strong>{lead}</strong>
      <span className="muted"> · {formatRoundTime(round.scheduledAt ?? '', round.timeZone)}</span>
    </div>
  );
}
