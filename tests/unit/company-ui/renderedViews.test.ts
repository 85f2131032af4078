// Presentational pieces rendered to HTML on the server (no DOM needed): what the candidate sees.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CompanyView, Dashboard } from '../../../src/shared/api';
import { BandChart } from '../../../src/renderer/src/features/company/comp/BandChart';
import { CompetencyTable } from '../../../src/renderer/src/features/company/coverage/CompetencyTable';
import { RehearsalLog } from '../../../src/renderer/src/features/rehearsal/RehearsalLog';
import { NextSteps } from '../../../src/renderer/src/features/dashboard/NextSteps';
import { ProgressBar } from '../../../src/renderer/src/ui/ProgressBar';

const noop = () => undefined;

describe('BandChart', () => {
  it('marks an ask above the band as outside and labels the band with its guide', () => {
    const html = renderToStaticMarkup(
      createElement(BandChart, { bands: [{ min: 150000, max: 210000, name: 'Wells Fargo guide (English)' }], ask: { min: 230000, max: 260000 } }),
    );
    expect(html).toContain('co-chart-ask-out');
    expect(html).toContain('Band $150k–$210k · Wells Fargo guide (English)');
    expect(html).toContain('Your ask $230k–$260k');
  });
  it('draws both Wells Fargo bands with their guides, and marks only the band an ask breaks', () => {
    const html = renderToStaticMarkup(
      createElement(BandChart, {
        bands: [
          { min: 150000, max: 210000, name: 'Wells Fargo guide (English)' },
          { min: 135000, max: 195000, name: 'Wells Fargo guide (Chinese)' },
        ],
        ask: { min: 190000, max: 205000 },
      }),
    );
    expect(html.match(/data-testid="band-chart-band"/g)).toHaveLength(2);
    expect(html).toContain('Band $150k–$210k · Wells Fargo guide (English)');
    expect(html).toContain('Band $135k–$195k · Wells Fargo guide (Chinese)');
    expect(html.match(/co-chart-band-broken/g)).toHaveLength(1);
    expect(html).toContain('$135,000 to $195,000 (Wells Fargo guide (Chinese)), your ask is outside it');
    expect(html).not.toMatch(/wf-(en|zh)|guide-[A-C]/);
  });
  it('an ask inside the band is not marked outside', () => {
    const html = renderToStaticMarkup(
      createElement(BandChart, { bands: [{ min: 150000, max: 210000, name: null }], ask: { min: 170000, max: 200000 } }),
    );
    expect(html).not.toContain('co-chart-ask-out');
  });
  it('asks for an ask when there is nothing to draw', () => {
    expect(renderToStaticMarkup(createElement(BandChart, { bands: [], ask: null }))).toContain('Enter a base ask');
  });
});

describe('CompetencyTable', () => {
  const coverage: CompanyView['coverage'] = {
    competencies: [
      {
        competency: 'technical-depth',
        label: 'Technical depth',
        rounds: [{ id: 'r', name: 'Deep dive' }],
        documents: [],
        heldBack: [{ id: 'w', title: 'Weak brief', reason: 'scores 29; a draft counts from 60' }],
        thin: true,
      },
      {
        competency: 'product-vision',
        label: 'Product vision',
        rounds: [{ id: 'r2', name: 'Case study' }],
        documents: [
          { id: 'a', title: 'Brief A', from: 'tags' },
          { id: 'b', title: 'Brief B', from: 'inferred' },
        ],
        heldBack: [],
        thin: false,
      },
    ],
    gaps: ['technical-depth'],
  };
  it('flags thin competencies and lists the documents of covered ones', () => {
    const html = renderToStaticMarkup(createElement(CompetencyTable, { coverage, onOpenDocument: noop }));
    expect(html).toMatch(/data-thin="true"[^>]*>.*Technical depth.*nothing prepared/s);
    expect(html).toContain('Brief A');
    expect(html).toContain('Brief B');
    // A document counted from its text says so; a tagged one does not.
    expect(html).toMatch(/Brief B<span[^>]*>[^<]*found in the text/);
    expect(html).not.toMatch(/Brief A<span[^>]*>[^<]*found in the text/);
    expect(html.match(/data-thin="true"/g)).toHaveLength(1);
    // A draft about it that does not show it yet is named with what to fix, and not counted.
    expect(html).toMatch(/Weak brief<\/button> <span[^>]*>not yet: scores 29; a draft counts from 60/);
    expect(html.match(/data-testid="coverage-held"/g)).toHaveLength(1);
  });
});

describe('RehearsalLog', () => {
  it('lists runs newest first and marks the one over budget', () => {
    const html = renderToStaticMarkup(
      createElement(RehearsalLog, {
        rehearsals: [
          { at: '2026-11-20T10:00:00.000Z', seconds: 100 },
          { at: '2026-11-21T10:00:00.000Z', seconds: 135 },
        ],
        budget: 120,
      }),
    );
    expect(html.indexOf('2:15')).toBeLessThan(html.indexOf('1:40'));
    expect(html).toContain('0:15 over');
    expect(html).toContain('within budget');
  });
  it('says how to start when there are none', () => {
    expect(renderToStaticMarkup(createElement(RehearsalLog, { rehearsals: [], budget: null }))).toContain('No rehearsals logged yet');
  });
});

describe('NextSteps and ProgressBar', () => {
  it('labels each suggestion by kind', () => {
    const suggestions: Dashboard['suggestions'] = [
      { kind: 'low-score', company: 'wf', companyName: 'Wells Fargo', text: 'Raise the score of “Brief”', documentId: 'd1' },
      { kind: 'unscheduled-round', company: 'wf', companyName: 'Wells Fargo', text: 'Schedule the VP round' },
      { kind: 'round-readiness', company: 'wf', companyName: 'Wells Fargo', text: 'VP round is 20% ready', roundId: 'vp-round' },
    ];
    const html = renderToStaticMarkup(createElement(NextSteps, { suggestions, onOpenCompany: noop, onOpenDocument: noop, onOpenRound: noop }));
    expect(html).toContain('Improve');
    expect(html).toContain('Prepare');
    expect(html).toContain('Schedule the VP round');
  });
  it('progress bar reports done of total', () => {
    const html = renderToStaticMarkup(createElement(ProgressBar, { done: 3, total: 9, label: 'Checklist progress', caption: '3 of 9 done' }));
    expect(html).toContain('3 of 9 done');
    expect(html).toContain('width:33%');
    expect(html).toContain('aria-valuenow="3"');
    expect(html).toContain('aria-valuemax="9"');
    expect(html).not.toContain('progress-small');
  });
  it('progress bar: the small size, and an empty list is 0%, not NaN', () => {
    const html = renderToStaticMarkup(createElement(ProgressBar, { done: 0, total: 0, label: 'Acme checklist progress', caption: 'Checklist 0/0', size: 'small' }));
    expect(html).toContain('progress progress-small');
    expect(html).toContain('width:0%');
    expect(html).toContain('aria-label="Acme checklist progress"');
  });
});

describe('PackageForm placeholders', () => {
  it('are examples ("e.g. …"), not figures that look already entered', async () => {
    const { PackageForm } = await import('../../../src/renderer/src/features/company/comp/PackageForm');
    const { toDraft } = await import('../../../src/renderer/src/features/company/comp/packageDraft');
    const html = renderToStaticMarkup(
      createElement(PackageForm, { title: 'Current pay', hint: '', draft: toDraft(null, 'Current pay'), errors: {}, warnings: [], onChange: noop, testIdPrefix: 'cur' }),
    );
    const placeholders = [...html.matchAll(/placeholder="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(placeholders.length).toBeGreaterThanOrEqual(3);
    for (const p of placeholders) expect(p, p).toMatch(/^e\.g\. /);
  });
});
