import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProfile, loadProfiles } from '../../../src/core/companies/loadProfiles';
import { loadTemplatesFrom } from '../../../src/core/templates/registry';

const appRoot = path.resolve(import.meta.dirname, '../../..');
const TEMPLATE_IDS = loadTemplatesFrom(appRoot, null).templates.map((t) => t.id);

function tempRoot(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-profiles-'));
  const dir = path.join(root, 'resources', 'companies');
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return root;
}

describe('built-in profiles', () => {
  const { profiles, problems } = loadProfiles(appRoot);

  it('all four load without problems', () => {
    expect(problems).toEqual([]);
    expect(profiles.map((p) => p.id).sort()).toEqual([
      'american-express',
      'fintech',
      'jpmorgan',
      'wells-fargo',
    ]);
  });

  it('link checklist items and frameworks only to templates that exist', () => {
    for (const p of profiles) {
      for (const item of p.checklist)
        if (item.templateId) expect(TEMPLATE_IDS).toContain(item.templateId);
      for (const f of p.frameworks) if (f.templateId) expect(TEMPLATE_IDS).toContain(f.templateId);
    }
  });

  it('keeps both Wells Fargo variants and marks the disagreements', () => {
    const wf = findProfile(appRoot, 'wells-fargo');
    expect(wf?.loops.map((l) => [l.source, l.rounds.length, l.isDefault])).toEqual([
      ['wf-en', 5, true],
      ['wf-zh', 6, false],
    ]);
    expect(
      wf?.compensation.map((c) => [c.source, c.base?.min, c.base?.max, c.baseIsRigid]),
    ).toEqual([
      ['wf-en', 150000, 210000, false],
      ['wf-zh', 135000, 195000, true],
    ]);
    expect(wf?.disagreements.map((d) => d.id).sort()).toEqual(['wf-base', 'wf-bonus-equity', 'wf-loop', 'wf-vesting']);
    expect(wf?.lifecycle?.stages).toHaveLength(7);
  });

  it('carries the loop facts of each company', () => {
    const minutes = (id: string) =>
      findProfile(appRoot, id)?.loops[0]?.rounds.map((r) => r.minutes);
    expect(minutes('wells-fargo')).toEqual([30, 60, 45, 45, 60]);
    expect(minutes('jpmorgan')).toEqual([30, 45, 60, 45, 90]);
    expect(minutes('american-express')).toEqual([30, 45, 60, 45, 60, 90]);
    expect(minutes('fintech')).toEqual([45, 60, 45, 30, 45]);
    expect(findProfile(appRoot, 'jpmorgan')?.loops[0]?.timeline.days).toEqual({ min: 45, max: 70 });
    const amex = findProfile(appRoot, 'american-express')?.compensation[0];
    expect(amex?.equity).toEqual({
      kind: 'percent',
      percent: { min: 0.04, max: 0.07 },
      vestingYears: 4,
    });
    expect(amex?.stipendPerYear).toBe(5000);
  });

  it('returns null for an unknown or missing id', () => {
    expect(findProfile(appRoot, 'nope')).toBeNull();
    expect(findProfile(appRoot, null)).toBeNull();
  });
});

describe('broken profiles', () => {
  const good = fs.readFileSync(path.join(appRoot, 'resources/companies/jpmorgan.json'), 'utf8');

  it('reports a bad field with file and field, skips the file and keeps the rest', () => {
    const broken = JSON.parse(good) as { id: string; loops: { rounds: { minutes: number }[] }[] };
    broken.id = 'broken';
    const firstRound = broken.loops[0]?.rounds[0];
    if (firstRound) firstRound.minutes = -5;
    const root = tempRoot({ 'jpmorgan.json': good, 'broken.json': JSON.stringify(broken) });
    const { profiles, problems } = loadProfiles(root);
    expect(profiles.map((p) => p.id)).toEqual(['jpmorgan']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'broken.json', field: 'loops.0.rounds.0.minutes' });
  });

  it('reports a file that is not JSON', () => {
    const root = tempRoot({ 'bad.json': '{ "id": ' });
    const { profiles, problems } = loadProfiles(root);
    expect(profiles).toEqual([]);
    expect(problems[0]?.file).toBe('bad.json');
    expect(problems[0]?.field).toBe('');
    expect(problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('reports an id that does not match the file name, and a missing default loop', () => {
    const p = JSON.parse(good) as { loops: { isDefault: boolean }[] };
    const root1 = tempRoot({ 'other.json': good });
    expect(loadProfiles(root1).problems[0]).toMatchObject({ file: 'other.json', field: 'id' });
    const loop = p.loops[0];
    if (loop) loop.isDefault = false;
    const root2 = tempRoot({ 'jpmorgan.json': JSON.stringify(p) });
    expect(loadProfiles(root2).problems[0]).toMatchObject({
      file: 'jpmorgan.json',
      field: 'loops',
    });
  });

  it('notices a file changed after the first load', () => {
    const root = tempRoot({ 'jpmorgan.json': good });
    expect(loadProfiles(root).profiles).toHaveLength(1);
    fs.writeFileSync(path.join(root, 'resources/companies/jpmorgan.json'), '[]');
    expect(loadProfiles(root).profiles).toHaveLength(0);
  });
});
