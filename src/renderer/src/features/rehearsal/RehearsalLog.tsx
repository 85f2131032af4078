// Past rehearsals of this document, newest first, each against the time budget; a run too short to
// count toward readiness (under a third of what the document needs) says so.
import type { DocumentFile } from '../../../../shared/api';
import { formatClock } from './speakingTime';
import { runCounts } from '../../../../shared/practiceRuns';
import { findingsWords } from '../../../../shared/findingsWords';

export function RehearsalLog(props: {
  rehearsals: DocumentFile['rehearsals'];
  budget: number | null;
  needed?: number | null;
  /** The draft's findings language: the notes follow it (findingsWords.ts). */
  language?: 'en' | 'zh';
}) {
  const words = findingsWords(props.language).rehearsal;
  const list = [...props.rehearsals].reverse();
  if (list.length === 0) return <p className="rh-muted">{words.noneYet}</p>;
  return (
    <ol className="rh-log" data-testid="rehearsal-log">
      {list.map((r) => {
        const over = props.budget !== null && r.seconds > props.budget;
        const short = !runCounts(r.seconds, props.needed ?? null);
        return (
          <li key={r.at}>
            <span>{new Date(r.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</span>
            <span className={over ? 'rh-over' : short ? 'rh-muted' : 'rh-ok'}>
              {formatClock(r.seconds)}
              {short ? words.logTooShort : props.budget !== null && (over ? words.logOver(formatClock(r.seconds - props.budget)) : words.logWithin)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
