// Upcoming rounds across companies: a strip over the coming weeks, then the list, soonest first.
import type { Dashboard } from '../../../../shared/api';

type Entry = Dashboard['timeline'][number];

/** "Sat, Nov 28, 10:00 AM (New York)": the round's own wall clock and zone city. */
function when(e: Entry): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(e.localStart);
  if (!m) return e.localStart;
  const wall = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])));
  const text = wall.toLocaleString('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const city = e.timeZone.split('/').pop()?.replace(/_/g, ' ') ?? e.timeZone;
  return `${text} (${city})`;
}

const daysText = (n: number): string => (n === 0 ? 'Today' : n === 1 ? 'Tomorrow' : `In ${n} days`);

export function RoundTimeline(props: { timeline: Entry[]; onOpenCompany: (slug: string) => void }) {
  const entries = props.timeline;
  if (entries.length === 0) {
    return (
      <p className="db-empty">
        No rounds scheduled. Open a company’s <strong>Loop</strong> tab and add dates as recruiters confirm them.
      </p>
    );
  }
  const span = Math.max(14, Math.ceil(((entries.at(-1)?.daysUntil ?? 0) + 1) / 7) * 7);
  return (
    <div className="db-timeline" data-testid="timeline">
      <div className="db-strip" aria-hidden>
        {Array.from({ length: span / 7 + 1 }, (_, w) => (
          <span
            key={w}
            className={`db-strip-week${w === 0 ? ' db-strip-first' : ''}${w === span / 7 ? ' db-strip-last' : ''}`}
            style={{ left: `${((w * 7) / span) * 100}%` }}
          >
            {w === 0 ? 'today' : `${w} wk`}
          </span>
        ))}
        {entries.map((e) => (
          <span
            key={`${e.company}-${e.roundId}`}
            className="db-strip-dot"
            style={{ left: `${(e.daysUntil / span) * 100}%` }}
            title={`${e.companyName}: ${e.roundName}, ${daysText(e.daysUntil).toLowerCase()}`}
          />
        ))}
      </div>
      <ol className="db-rounds">
        {entries.map((e) => (
          <li key={`${e.company}-${e.roundId}`} className={e.daysUntil <= 2 ? 'db-soon' : undefined}>
            <span className="db-days">{daysText(e.daysUntil)}</span>
            <span className="db-round-main">
              <span>
                <button type="button" className="db-link" onClick={() => props.onOpenCompany(e.company)}>
                  {e.companyName}
                </button>
                <span> · {e.roundName}</span>
              </span>
              <span className="db-muted db-small">{when(e)}</span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
