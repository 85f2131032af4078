// Source labels: every fact in resources/ and templates/ carries one of the five guide labels,
// and what candidates see is the guide's name, never the label.
import fs from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { bandsFor } from '../../../src/core/companies/bandsFor';
import { withCurrentLabels } from '../../../src/core/companies/companyView';
import { findProfile, loadProfiles } from '../../../src/core/companies/loadProfiles';
import { CompanyProfileSchema } from '../../../src/core/companies/profileSchema';
import { seedLoop } from '../../../src/core/companies/seed';
import {
  SOURCE_LABELS,
  sourceName,
  sourceNames,
  upgradeLegacyLabel,
  upgradeLegacyNote,
} from '../../../src/core/companies/sourceLabels';
import { parseTemplate } from '../../../src/core/templates/registry';
import type { CompanyFile, CompanyView } from '../../../src/shared/api';
import { ChecklistRow, sourceChip } from '../../../src/renderer/src/features/company/checklist/ChecklistRow';
import { BandsEditor } from '../../../src/renderer/src/features/company/comp/BandsEditor';
import { SourceVariants } from '../../../src/renderer/src/features/company/loop/SourceVariants';

const appRoot = path.resolve(import.meta.dirname, '../../..');
const { profiles } = loadProfiles(appRoot);
const profile = (id: string) => {
  const p = findProfile(appRoot, id);
  if (!p) throw new Error(`no profile ${id}`);
  return p;
};
/** A bare label or an old "guide-X" code anywhere in rendered text. */
const CODE = /\b(?:wf-en|wf-zh|guide-[A-Z])\b/;
/** The text of every source chip in rendered HTML. */
const chips = (html: string): string[] => [...html.matchAll(/class="source-label(?: source-label-muted)?" data-testid="source-label">([^<]*)</g)].map((m) => m[1] ?? '');
const NAME = /^(?:From the )?(?:(?:Wells Fargo guide \((?:English|Chinese)\)|JPMorgan Chase guide|American Express guide|Fintech guide|Your edits)(?:, | and )?)+$/;

describe('sourceName', () => {
  it.each([
    ['wf-en', 'Wells Fargo guide (English)'],
    ['wf-zh', 'Wells Fargo guide (Chinese)'],
    ['jpmorgan', 'JPMorgan Chase guide'],
    ['amex', 'American Express guide'],
    ['fintech', 'Fintech guide'],
    ['your edits', 'Your edits'],
    ['wf-en, wf-zh', 'Wells Fargo guide (English) and Wells Fargo guide (Chinese)'],
    ['guide-A', 'another source'],
    ['', 'another source'],
  ])('%s -> %s', (label, name) => {
    expect(sourceName(label)).toBe(name);
  });
  it('lists several guides once each', () => {
    expect(sourceNames(['jpmorgan', 'amex', 'jpmorgan', 'fintech'])).toBe(
      'JPMorgan Chase guide, American Express guide and Fintech guide',
    );
  });
});

describe('the profile schema accepts only the five labels', () => {
  const wf = JSON.parse(fs.readFileSync(path.join(appRoot, 'resources/companies/wells-fargo.json'), 'utf8')) as {
    checklist: { source: string }[];
    loops: { source: string }[];
  };
  it.each(['guide-A', 'wf', 'WF-EN', 'your edits', 'Wells Fargo guide (English)'])('refuses %s on a fact', (bad) => {
    const copy = structuredClone(wf);
    copy.checklist[0]!.source = bad;
    const r = CompanyProfileSchema.safeParse(copy);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('wf-en, wf-zh, jpmorgan, amex, fintech');
  });
  it.each(SOURCE_LABELS)('accepts %s', (label) => {
    const copy = structuredClone(wf);
    copy.checklist[0]!.source = label;
    expect(CompanyProfileSchema.safeParse(copy).success).toBe(true);
  });
  it('refuses a loop from a guide the profile does not list', () => {
    const copy = structuredClone(wf);
    copy.loops[0]!.source = 'amex';
    expect(CompanyProfileSchema.safeParse(copy).success).toBe(false);
  });
});

describe('the template schema accepts only the five labels', () => {
  const ice = fs.readFileSync(path.join(appRoot, 'templates/ice-sheet.json'), 'utf8');
  it('refuses an unknown label on a tip, and accepts a template without any (your own)', () => {
    const bad = JSON.parse(ice) as { sections: { guidance: { sources?: string[] } }[]; sources?: string[] };
    bad.sections[0]!.guidance.sources = ['guide-A'];
    expect(parseTemplate('t.json', JSON.stringify(bad), 'builtin')).toMatchObject({
      problem: { field: 'sections[0].guidance.sources[0]' },
    });
    const own = JSON.parse(ice) as { sections: { guidance: { sources?: string[] } }[]; sources?: string[] };
    delete own.sources;
    for (const s of own.sections) delete s.guidance.sources;
    expect(parseTemplate('t.json', JSON.stringify(own), 'templates/t.json')).toHaveProperty('template');
  });
});

describe('users see names, never labels', () => {
  it('seeded loop notes and checklist items name the guide', () => {
    for (const p of profiles) {
      const { loop, checklist } = seedLoop(p, 'America/New_York');
      for (const r of loop) {
        expect(r.notes).toMatch(/^From the (Wells Fargo guide \((English|Chinese)\)|JPMorgan Chase guide|American Express guide|Fintech guide)\./);
        expect(r.notes).not.toMatch(CODE);
      }
      for (const item of checklist) expect(item.text).not.toMatch(CODE);
    }
  });

  it('checklist chips show the guide, and say "From" for a guide about another company', () => {
    const wf = profile('wells-fargo');
    expect(sourceChip('wf-zh', wf)).toBe('Wells Fargo guide (Chinese)');
    expect(sourceChip('jpmorgan', wf)).toBe('From the JPMorgan Chase guide');
    expect(sourceChip('wf-en, wf-zh', wf)).toBe('Wells Fargo guide (English) and Wells Fargo guide (Chinese)');
    for (const p of profiles) {
      const { checklist } = seedLoop(p, 'America/New_York');
      for (const item of checklist) {
        const html = renderToStaticMarkup(
          createElement(ChecklistRow, {
            item,
            templates: [],
            documents: [],
            profile: p,
            busy: false,
            onToggle: () => undefined,
            onRemove: null,
            onOpenDocument: () => undefined,
            onCreateDocument: () => undefined,
          }),
        );
        expect(chips(html).length).toBeGreaterThan(0);
        for (const c of chips(html)) expect(c).toMatch(NAME);
        expect(html).not.toMatch(CODE);
      }
    }
  });

  it('the loop variants and the bands editor name the guides', () => {
    const wf = profile('wells-fargo');
    const variants = renderToStaticMarkup(createElement(SourceVariants, { profile: wf }));
    expect(variants).toContain('Wells Fargo guide (English)');
    expect(variants).toContain('Wells Fargo guide (Chinese)');
    expect(variants).not.toMatch(CODE);
    for (const c of chips(variants)) expect(c).toMatch(NAME);

    for (const p of profiles) {
      const bands: CompanyView['bands'] = bandsFor(p, null);
      const html = renderToStaticMarkup(
        createElement(BandsEditor, { bands, hasOverride: false, isCustom: false, onSave: () => undefined }),
      );
      expect(html).not.toMatch(CODE);
      for (const c of chips(html)) expect(c).toMatch(NAME);
    }
  });

  it('reads an older folder\'s "guide-A" labels and notes as today\'s guides', () => {
    expect(upgradeLegacyLabel('guide-B', 'wells-fargo')).toBe('wf-zh');
    expect(upgradeLegacyLabel('guide-A, guide-B', 'wells-fargo')).toBe('wf-en, wf-zh');
    expect(upgradeLegacyLabel('guide-A', 'american-express')).toBe('amex');
    expect(upgradeLegacyLabel('guide-C', 'fintech')).toBe('fintech');
    expect(upgradeLegacyNote('From guide-A. Frameworks this round rewards: ICE.', 'american-express')).toBe(
      'From the American Express guide. Frameworks this round rewards: ICE.',
    );
    const wf = profile('wells-fargo');
    const old = {
      profileId: 'wells-fargo',
      checklist: [
        { id: 'kill-story', text: 'Write a kill story', done: true, source: 'guide-A' },
        { id: 'mine', text: 'My own item', done: false },
        { id: 'gone', text: 'An item the profile dropped', done: false, source: 'guide-B' },
      ],
      loop: [{ id: 'r', notes: 'From guide-A. My notes.' }],
    } as unknown as CompanyFile;
    const now = withCurrentLabels(old, wf);
    // The kill story is the Chinese guide's today, not the English one's.
    expect(now.checklist.map((i) => i.source)).toEqual(['wf-zh', undefined, 'wf-zh']);
    expect(now.checklist[0]?.done).toBe(true);
    expect(now.loop[0]?.notes).toBe('From the Wells Fargo guide (English). My notes.');
  });
});
