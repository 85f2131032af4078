// The compensation forms rendered to HTML (no DOM needed): core's warnings appear under the fields
// in the loop editor's warning style, and errors beside the field they are about.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CompanyView } from '../../../src/shared/api';
import { BandsEditor } from '../../../src/renderer/src/features/company/comp/BandsEditor';
import { PackageForm } from '../../../src/renderer/src/features/company/comp/PackageForm';
import type { PackageDraft } from '../../../src/renderer/src/features/company/comp/packageDraft';
import { emptyDraft, fromDraft } from '../../../src/renderer/src/features/company/comp/packageDraft';

const noop = () => undefined;

const form = (draft: PackageDraft) =>
  renderToStaticMarkup(
    createElement(PackageForm, { title: 'Your ask', hint: '', draft, errors: fromDraft(draft).errors, warnings: fromDraft(draft).warnings, onChange: noop, testIdPrefix: 'ask' }),
  );

describe('PackageForm', () => {
  it('shows core’s warnings in the warning style', () => {
    const html = form({ ...emptyDraft(), baseMin: '150', equityKind: 'percent', equityPercent: '0.05' });
    expect(html).toContain('class="co-warning co-span-2" role="status" data-testid="ask-warning"');
    expect(html).toContain('A base of $150 a year looks too small');
    expect(html).toContain('Without an assumed valuation the equity counts as $0');
  });

  it('shows an error beside its field and no warning for a sensible package', () => {
    const html = form({ ...emptyDraft(), baseMin: '220000', baseMax: '200000' });
    expect(html).toMatch(/value="200000"[^]*class="field-error"[^>]*>The lowest base \(\$220,000\) is above the highest/);
    expect(html).not.toContain('co-warning');
  });

  it('shows nothing for a blank form', () => {
    expect(form(emptyDraft())).not.toContain('co-warning');
  });
});

describe('BandsEditor', () => {
  const bands = (base: { min: number; max: number } | null): CompanyView['bands'] => ({
    base,
    bonusPercent: null,
    totalCash: null,
    baseIsRigid: false,
    source: 'your edits',
    readingId: null,
    reading: null,
    rigidSource: null,
    alternatives: [],
  });
  const editor = (base: { min: number; max: number } | null) =>
    renderToStaticMarkup(createElement(BandsEditor, { bands: bands(base), hasOverride: true, isCustom: true, onSave: noop }));

  it('shows core’s warning about a band typed in thousands', () => {
    expect(editor({ min: 180, max: 200 })).toContain('data-testid="band-warning">A band maximum of $200 a year looks too small');
  });

  it('shows no warning for a band in whole dollars', () => {
    const html = editor({ min: 180000, max: 200000 });
    expect(html).toContain('$180,000–$200,000');
    expect(html).not.toContain('co-warning');
  });
});
