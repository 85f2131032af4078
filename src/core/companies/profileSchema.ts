// The shape of a company profile (resources/companies/*.json). Every fact names its source
// (guide-A, guide-B, guide-C); where sources disagree, each variant is kept with its source and
// the disagreement is listed so the UI can show both.
import { z } from 'zod';
import { Competency } from '../workspace/schemas';

const source = z.string().regex(/^guide-[A-Z]$/, 'must be a source label such as “guide-A”');

const range = z
  .object({ min: z.number().nonnegative(), max: z.number().nonnegative() })
  .refine((r) => r.min <= r.max, { message: 'min must not be greater than max' });

export const SourcedText = z.object({ text: z.string().min(1), source });

export const ProfileRound = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes'),
  name: z.string().min(1),
  minutes: z.number().int().positive().max(600),
  /** Upper end when the source gives a span ("45–60 minutes"). */
  minutesMax: z.number().int().positive().max(600).optional(),
  interviewer: z.string().min(1),
  tests: z.string().min(1),
  frameworks: z.array(z.string().min(1)).default([]),
  competencies: z.array(Competency).min(1),
  source,
});

export const ProfileLoop = z.object({
  id: z.string().min(1),
  source,
  /** The loop a new company folder starts with. Exactly one loop per profile is the default. */
  isDefault: z.boolean(),
  label: z.string().min(1),
  timeline: z.object({
    text: z.string().min(1),
    days: range.nullable(),
  }),
  rounds: z.array(ProfileRound).min(1),
  notes: z.array(SourcedText).default([]),
});

export const ProfileEquity = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('grant-dollars'),
    /** Total grant value over the vesting period. */
    value: range,
    vestingYears: z.number().positive(),
    cliffMonths: z.number().int().nonnegative(),
  }),
  z.object({ kind: z.literal('yearly-dollars'), perYear: range }),
  z.object({ kind: z.literal('percent'), percent: range, vestingYears: z.number().positive() }),
  z.object({ kind: z.literal('uncommon'), text: z.string().min(1) }),
]);

export const ProfileComp = z.object({
  id: z.string().min(1),
  source,
  isDefault: z.boolean(),
  base: range.nullable(),
  bonusPercent: range.nullable(),
  bonusTargetPercent: z.number().nonnegative().nullable().default(null),
  bonusNote: z.string().default(''),
  equity: ProfileEquity.nullable(),
  signOn: range.nullable().default(null),
  relocationMax: z.number().nonnegative().nullable().default(null),
  stipendPerYear: z.number().nonnegative().nullable().default(null),
  total: range.nullable().default(null),
  baseIsRigid: z.boolean(),
  notes: z.array(z.string().min(1)).default([]),
});

export const Disagreement = z.object({
  topic: z.enum(['loop', 'compensation', 'timeline']),
  sources: z.array(source).min(2),
  summary: z.string().min(1),
});

export const ProfileChecklistItem = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes'),
    text: z.string().min(1).max(500),
    templateId: z.string().min(1).optional(),
    framework: z.string().min(1).optional(),
    source,
  })
  .refine((item) => item.templateId !== undefined || item.framework !== undefined, {
    message: 'needs a templateId or a framework to link to',
  });

export const CompanyProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes'),
    name: z.string().min(1),
    kind: z.enum(['bank', 'card-issuer', 'fintech']),
    summary: z.string().min(1),
    /** Firms a generic profile stands for (fintech: Stripe, Plaid, ...). */
    examples: z.array(z.string()).default([]),
    sources: z.array(z.object({ id: source, description: z.string().min(1) })).min(1),
    loops: z.array(ProfileLoop).min(1),
    compensation: z.array(ProfileComp).min(1),
    disagreements: z.array(Disagreement).default([]),
    negotiation: z.array(SourcedText).default([]),
    frameworks: z
      .array(
        z.object({
          name: z.string().min(1),
          text: z.string().min(1),
          templateId: z.string().optional(),
          source,
        }),
      )
      .default([]),
    vocabulary: z
      .array(z.object({ term: z.string().min(1), meaning: z.string().min(1), source }))
      .default([]),
    context: z.array(SourcedText).default([]),
    signals: z.array(SourcedText).default([]),
    lifecycle: z
      .object({ stages: z.array(z.string().min(1)).min(2), source })
      .nullable()
      .default(null),
    checklist: z.array(ProfileChecklistItem).default([]),
  })
  .superRefine((p, ctx) => {
    const defaultLoops = p.loops.filter((l) => l.isDefault).length;
    if (defaultLoops !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['loops'],
        message: `exactly one loop must be the default (found ${defaultLoops})`,
      });
    }
    const defaultComps = p.compensation.filter((c) => c.isDefault).length;
    if (defaultComps !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['compensation'],
        message: `exactly one compensation variant must be the default (found ${defaultComps})`,
      });
    }
    const known = new Set(p.sources.map((s) => s.id));
    const check = (label: string, path: (string | number)[]) => {
      if (!known.has(label))
        ctx.addIssue({
          code: 'custom',
          path,
          message: `source “${label}” is not listed in sources`,
        });
    };
    p.loops.forEach((l, i) => check(l.source, ['loops', i, 'source']));
    p.compensation.forEach((c, i) => check(c.source, ['compensation', i, 'source']));
    const ids = new Set<string>();
    p.checklist.forEach((item, i) => {
      if (ids.has(item.id))
        ctx.addIssue({
          code: 'custom',
          path: ['checklist', i, 'id'],
          message: `id “${item.id}” is used twice`,
        });
      ids.add(item.id);
    });
  });
