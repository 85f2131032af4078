// A brand-new document is shown kindly: "Not started" instead of a red score of 0, its empty
// required sections as to-dos (no Silence buttons, no red marks in the empty editors); once a word
// is written the findings show as they are. And the one-page counter shows the page estimate.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Finding, Template } from '../../../src/shared/api';
import { FindingsPanel } from '../../../src/renderer/src/features/editor/FindingsPanel';
import type { FindingActions } from '../../../src/renderer/src/features/editor/FindingsPanel';
import { DocStats } from '../../../src/renderer/src/features/editor/DocStats';
import { findingsToDiagnostics } from '../../../src/renderer/src/features/editor/findingsToDiagnostics';
import { canSilence, isTodo, notStarted } from '../../../src/renderer/src/features/editor/emptyDocument';

const noop = () => undefined;
const actions: FindingActions = { jump: noop, fix: noop, silenceHere: noop, silenceForDocument: noop, unsilenceForDocument: noop };
const empty = (section: string, label: string): Finding => ({
  rule: 'section-required',
  severity: 'error',
  section,
  line: 1,
  column: 1,
  start: 0,
  end: 0,
  excerpt: '',
  message: `The section “${label}” is required and still empty.`,
  why: 'Each section answers a question the panel will ask.',
  suggestion: `Write two or three sentences for “${label}”.`,
  silenced: false,
});
const sections = [
  { id: 'concern', label: 'How the concern surfaced' },
  { id: 'consulted', label: 'Who I consulted' },
];
const findings = [empty('concern', 'How the concern surfaced'), empty('consulted', 'Who I consulted')];
const panel = (started: boolean) =>
  renderToStaticMarkup(createElement(FindingsPanel, { findings, sections, silencedRules: [], actions, error: null, started }));

describe('an empty document', () => {
  it('is not started until a word is written', () => {
    expect(notStarted(0)).toBe(true);
    expect(notStarted(1)).toBe(false);
    expect(isTodo({ rule: 'section-required' }, false)).toBe(true);
    expect(isTodo({ rule: 'section-required' }, true)).toBe(false);
    expect(isTodo({ rule: 'quantified-impact' }, false)).toBe(false);
  });

  it('lists empty required sections as to-dos, without error styling or Silence buttons', () => {
    const html = panel(false);
    expect(html).toContain('data-testid="findings-not-started"');
    expect(html).toContain('finding-todo');
    expect(html).not.toContain('finding-error');
    expect(html).not.toContain('sev-error');
    expect(html).not.toContain('Silence');
  });

  it('once started, an empty required section is an error again, still without Silence', () => {
    const html = panel(true);
    expect(html).not.toContain('findings-not-started');
    expect(html).toContain('finding-error');
    expect(html).not.toContain('Silence');
    expect(canSilence({ rule: 'section-required' })).toBe(false);
    expect(canSilence({ rule: 'vague-language' })).toBe(true);
  });

  it('puts no mark in an empty editor for its empty required section', () => {
    expect(findingsToDiagnostics(findings, 'concern', 0)).toEqual([]);
    expect(findingsToDiagnostics(findings, 'concern', 12)).toHaveLength(1);
  });

  const template = { id: 'kill-story', name: 'Kill story', wordBudget: 350, spoken: false, speakingSeconds: null, sections: [] } as unknown as Template; // only the fields DocStats reads
  const stats = (extra: Record<string, unknown>) =>
    renderToStaticMarkup(
      createElement(DocStats, { template, score: 0, snapshots: [], words: 0, speakingSeconds: null, issues: 6, onSnapshot: noop, onRehearse: noop, ...extra }),
    );

  it('shows "Not started" instead of a score of 0', () => {
    expect(stats({ notStarted: true })).toContain('Not started');
    expect(stats({ notStarted: true })).not.toContain('badge-error');
    expect(stats({ notStarted: false })).toContain('badge-error');
  });

  it('shows the page estimate of a one-page template, marked over past 100%', () => {
    const over = stats({ words: 397, notStarted: false, page: { pages: 1.04, linesOver: 2, wordsOver: 18 } });
    expect(over).toMatch(/Page<\/span><span class="over">104%/);
    expect(over).not.toContain('/ 350');
    const fits = stats({ words: 300, notStarted: false, page: { pages: 0.8, linesOver: 0, wordsOver: 0 } });
    expect(fits).toMatch(/Page<\/span><span class="">80%/);
  });
});
