import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bandsFor } from '../../../src/core/companies/bandsFor';
import { findProfile } from '../../../src/core/companies/loadProfiles';
import { seedLoop } from '../../../src/core/companies/seed';

const appRoot = path.resolve(import.meta.dirname, '../../..');
const wf = findProfile(appRoot, 'wells-fargo');
const amex = findProfile(appRoot, 'american-express');

describe('bandsFor', () => {
  it('uses the default variant, with the rigid-base flag from the other source', () => {
    const b = bandsFor(wf, { bandsOverride: null });
    expect(b.base).toEqual({ min: 150000, max: 210000 });
    expect(b.bonusPercent).toEqual({ min: 12, max: 18 });
    expect(b.source).toBe('wf-en');
    expect(b.baseIsRigid).toBe(true);
    expect(b.rigidSource).toBe('wf-zh');
    expect(b.alternatives).toEqual([
      {
        id: 'wf-zh-comp',
        base: { min: 135000, max: 195000 },
        bonusPercent: { min: 15, max: 35 },
        totalCash: null,
        bonusSeniorPercent: 50,
        total: { min: 190000, max: 340000 },
        totalManagementUpliftPercent: { min: 20, max: 40 },
        baseIsRigid: true,
        source: 'wf-zh',
        reading: "The Chinese guide's figures",
      },
    ]);
  });

  it('honours the company override', () => {
    const override = { base: { min: 100, max: 200 }, bonusPercent: null, baseIsRigid: false };
    const b = bandsFor(amex, { bandsOverride: override });
    expect(b).toMatchObject({
      base: { min: 100, max: 200 },
      bonusPercent: null,
      baseIsRigid: false,
      source: 'your edits',
    });
  });

  it('knows nothing for a custom company without bands', () => {
    expect(bandsFor(null, { bandsOverride: null })).toMatchObject({
      base: null,
      bonusPercent: null,
      baseIsRigid: false,
      source: null,
    });
    expect(bandsFor(null, null).source).toBeNull();
  });

  it('is not rigid for American Express', () => {
    expect(bandsFor(amex, null)).toMatchObject({
      base: { min: 170000, max: 210000 },
      baseIsRigid: false,
      rigidSource: null,
    });
  });
});

describe('seedLoop', () => {
  it("starts Wells Fargo with the English guide's five rounds, unscheduled, with competencies", () => {
    const { loop, checklist } = seedLoop(wf, 'America/New_York');
    expect(loop.map((r) => r.name)).toEqual([
      'Recruiter screen',
      'PM case study',
      'Technical deep dive',
      'Compliance interview',
      'Executive panel',
    ]);
    expect(
      loop.every(
        (r) => r.status === 'not-scheduled' && r.scheduledAt === null && r.competencies.length > 0,
      ),
    ).toBe(true);
    expect(loop[3]?.interviewerRole).toBe('Risk-management lead');
    expect(checklist[0]?.id).toBe('confirm-loop');
    expect(checklist[0]?.text).toBe(
      "Confirm the interview loop with your recruiter: the Wells Fargo guide (English) and Wells Fargo guide (Chinese) disagree; this folder starts with the loop from the Wells Fargo guide (English).",
    );
    expect(checklist[0]?.source).toBe('wf-en, wf-zh');
    expect(loop[0]?.notes).toBe('From the Wells Fargo guide (English).');
    expect(checklist.find((i) => i.id === 'impact-brief')?.templateId).toBe('impact-brief');
    expect(checklist.every((i) => !i.done)).toBe(true);
  });

  it('is empty for a custom company', () => {
    expect(seedLoop(null, 'America/New_York')).toEqual({ loop: [], checklist: [] });
  });

  it('notes a span of minutes from the guide', () => {
    const { loop } = seedLoop(wf && { ...wf, loops: wf.loops.map((l) => ({ ...l, isDefault: l.source === 'wf-zh' })) }, 'America/New_York');
    expect(loop[1]?.notes).toBe('From the Wells Fargo guide (Chinese). The guide gives 45–60 minutes. Frameworks this round rewards: Kill story.');
  });

  it("notes on the Amex leadership round that the guide contradicts itself about its length", () => {
    const { loop } = seedLoop(amex, 'America/New_York');
    expect(loop).toHaveLength(6);
    const leadership = loop.find((r) => r.id === 'leadership-culture');
    expect(leadership?.minutes).toBe(60);
    expect(leadership?.notes).toContain('shorter than technical depth');
    expect(leadership?.notes).toContain('60 minutes');
  });
});
