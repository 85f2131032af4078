// The editor's status line: live score with its history, words against the budget, speaking
// time for spoken pieces, open issues, and the snapshot / rehearse actions.
import { memo, useMemo } from 'react';
import type { Template } from '../../../../shared/api';
import type { PageVerdict } from '../../../../shared/pageFill';
import { formatDuration } from '../../lib/countWords';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { countRender } from '../../lib/renderCount';
import { ScoreBadge } from './ScoreBadge';
import { Sparkline, scoreHistory } from './Sparkline';
import { useTotalWords } from './wordCountStore';
import type { WordCountStore } from './wordCountStore';
import { notStarted } from './emptyDocument';

/**
 * The stats line of the open document, reading its word count from the editor's store: a word
 * typed re-renders this line, not the editor around it. `pageOf(words)` gives the page estimate of
 * the text as it is now (null for templates without one); it is asked again when the word count or
 * `check` (the newest committed check, whose text is newer) changes.
 */
export const LiveDocStats = memo(function LiveDocStats(
  props: Omit<DocStatsProps, 'words' | 'page' | 'notStarted'> & {
    wordCounts: WordCountStore;
    pageOf: (words: number) => PageVerdict | null;
    check: unknown;
  },
) {
  const { wordCounts, pageOf, check, ...rest } = props;
  const words = useTotalWords(wordCounts);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `check` stands for newer text behind pageOf
  const page = useMemo(() => pageOf(words), [pageOf, words, check]);
  return <DocStats {...rest} words={words} page={page} notStarted={notStarted(words)} />;
});

interface DocStatsProps {
  template: Template;
  score: number | null;
  /** No words yet: "Not started" instead of a score of 0. */
  notStarted?: boolean;
  /** Scores at each snapshot, oldest first (the live score is `score`). */
  snapshots: number[];
  words: number;
  /** The page estimate of a one-page template (null for others): replaces the word budget. */
  page?: PageVerdict | null;
  speakingSeconds: number | null;
  issues: number;
  onSnapshot: () => void;
  onRehearse: () => void;
}

// Memoised: the editor re-renders on checks that change findings; the stats only when their figures do.
export const DocStats = memo(function DocStats(props: DocStatsProps) {
  countRender('DocStats');
  const { template, words, speakingSeconds: speaking, page = null } = props;
  const history = scoreHistory(props.snapshots, props.score);
  return (
    <div className="doc-stats">
      <span className="stat">
        <span className="stat-label">Score</span>
        {props.notStarted ? (
          <span className="badge" data-testid="live-score" title="The score appears once you start writing">
            Not started
          </span>
        ) : (
          <ScoreBadge score={props.score} testId="live-score" title="Live score from the rubric" />
        )}
      </span>
      {history ? (
        <span className="stat stat-history" title={history.label} data-testid="score-history-stat">
          <span className="stat-label">History</span>
          <Sparkline values={history.values} label={history.label} />
          <span className="stat-history-summary">{history.summary}</span>
        </span>
      ) : null}
      <span
        className="stat"
        data-testid="word-count"
        title={
          page
            ? 'Words in the whole document. The page figure beside it is what decides whether it fits.'
            : template.wordBudget && !template.spoken
              ? `The whole document is checked against ${template.wordBudget} words; over it, Issues says how much to cut.`
              : 'Words in the whole document'
        }
      >
        <span className="stat-label">Words</span>
        <span className={!page && template.wordBudget && words > template.wordBudget ? 'over' : ''}>
          {words}
          {!page && template.wordBudget ? ` / ${template.wordBudget}` : ''}
        </span>
      </span>
      {page ? (
        <span
          className="stat"
          data-testid="page-fill"
          title="How much of one page this fills in the export (normal layout, Letter paper), counting the lines that headings, bullets and spacing take. Over 100%, Issues says how much to cut; the exported PDF is the final judge."
        >
          <span className="stat-label">Page</span>
          <span className={page.linesOver > 0 ? 'over' : ''}>{Math.round(page.pages * 100)}%</span>
        </span>
      ) : null}
      {template.spoken && speaking !== null ? (
        <span
          className="stat"
          data-testid="speaking-time"
          title={
            template.speakingSeconds
              ? `Time to say it at a calm pace; over ${formatDuration(template.speakingSeconds)}, Issues says so. Rehearse to time yourself.`
              : 'Time to say it at a calm pace'
          }
        >
          <span className="stat-label">Spoken</span>
          <span
            className={
              template.speakingSeconds && speaking > template.speakingSeconds ? 'over' : ''
            }
          >
            {formatDuration(speaking)}
            {template.speakingSeconds ? ` / ${formatDuration(template.speakingSeconds)}` : ''}
          </span>
        </span>
      ) : null}
      <span className="stat">
        <span className="stat-label">Issues</span>
        <span>{props.issues}</span>
      </span>
      <span className="toolbar-spacer" />
      <span className="doc-actions">
        <Button
          size="sm"
          icon={<Icon name="camera" size={14} />}
          onClick={props.onSnapshot}
          title="Save a snapshot with its score (Ctrl/⌘+S)"
          data-testid="snapshot"
        >
          Snapshot
        </Button>
        {template.spoken ? (
          <Button
            size="sm"
            icon={<Icon name="mic" size={14} />}
            onClick={props.onRehearse}
            data-testid="rehearse"
          >
            Rehearse
          </Button>
        ) : null}
      </span>
    </div>
  );
});
