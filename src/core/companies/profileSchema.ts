// The shape of a company profile (resources/companies/*.json). Every fact names the guide that
// states it (one of the five labels in sourceLabels.ts: wf-en, wf-zh, jpmorgan, amex, fintech);
// where guides disagree (or one guide contradicts itself), each reading is kept with its label and
// the disagreement is listed so the UI can show both.
// Each exported schema is built on its first use (z.lazy): the built-in profiles are validated when
// the CLI is built (prevalidated.ts), so `dossier export` and `dossier check` would only pay for
// building them (about 40 M instructions with the workspace schemas, 4% of a DOCX export).
import { z } from 'zod';
import { Competency } from '../workspace/competency';
import { SourceLabelSchema, type SourceLabel } from './sourceLabels';

const source = SourceLabelSchema;

const range = z.lazy(() =>
  z
    .object({ min: z.number().nonnegative(), max: z.number().nonnegative() })
    .refine((r) => r.min <= r.max, { message: 'min must not be greater than max' }),
);

export const SourcedText = z.lazy(() =>
  z.object({ text: z.string().min(1), source }),
);

export const ProfileRound = z.lazy(() =>
  z.object({
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
  }),
);

export const ProfileLoop = z.lazy(() =>
  z.object({
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
  }),
);

export const ProfileEquity = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('grant-dollars'),
      /** Total grant value over the vesting period. */
      value: range,
      vestingYears: z.number().positive(),
      cliffMonths: z.number().int().nonnegative(),
    }),
    z.object({
      kind: z.literal('yearly-dollars'),
      perYear: range,
      /** Every vesting schedule the guide gives, e.g. wf-zh: a 3-year cliff, or 4 years with a 1-year cliff. */
      vesting: z
        .array(z.object({ years: z.number().positive(), cliffMonths: z.number().int().nonnegative() }))
        .default([]),
    }),
    z.object({ kind: z.literal('percent'), percent: range, vestingYears: z.number().positive() }),
    z.object({ kind: z.literal('uncommon'), text: z.string().min(1) }),
  ]),
);

export const ProfileComp = z.lazy(() =>
  z.object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes'),
    source,
    isDefault: z.boolean(),
    /** How this variant reads its guide, shown beside its figures (JPMorgan: "as base pay"). */
    reading: z.string().min(1),
    base: range.nullable(),
    /** Cash a year, base plus cash bonus, when the guide states pay that way (JPMorgan's "total cash"). */
    totalCash: range.nullable().default(null),
    bonusPercent: range.nullable(),
    bonusTargetPercent: z.number().nonnegative().nullable().default(null),
    /** Senior roles can reach this percent of base or more (wf-zh: 50 %+); null when the guide says nothing. */
    bonusSeniorPercent: z.number().nonnegative().nullable().default(null),
    bonusNote: z.string().default(''),
    equity: ProfileEquity.nullable(),
    signOn: range.nullable().default(null),
    relocationMax: z.number().nonnegative().nullable().default(null),
    stipendPerYear: z.number().nonnegative().nullable().default(null),
    /** Yearly total compensation (base, bonus and stock) as the guide states it (wf-zh: for individual contributors). */
    total: range.nullable().default(null),
    /** The management track's total runs this many percent above `total` (wf-zh: 20–40); null when not stated. */
    totalManagementUpliftPercent: range.nullable().default(null),
    baseIsRigid: z.boolean(),
    notes: z.array(z.string().min(1)).default([]),
  }),
);

/**
 * Two or more readings of one fact. Usually two guides that differ (Wells Fargo base pay, wf-en vs
 * wf-zh); sometimes one guide that contradicts itself (JPMorgan's pay is "total cash" and "base";
 * both readings then carry the same label).
 */
export const Disagreement = z.lazy(() =>
  z.object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes'),
    topic: z.enum(['loop', 'timeline', 'compensation', 'vesting', 'round-length']),
    summary: z.string().min(1),
    readings: z.array(z.object({ source, text: z.string().min(1) })).min(2),
    /** The round of the default loop it concerns (its notes then say so). */
    roundId: z.string().optional(),
    /** What Dossier does about it, e.g. which reading a check uses. */
    handling: z.string().min(1),
  }),
);

/**
 * One prep task. `templateId` and `framework` link it to a document or a framework when there is
 * one; a task such as "summarise the three latest governance changes" has neither. A task taken
 * from another company's guide (4-P for Wells Fargo) carries that guide's label, and the UI says so.
 */
export const ProfileChecklistItem = z.lazy(() =>
  z.object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes'),
    text: z.string().min(1).max(500),
    templateId: z.string().min(1).optional(),
    framework: z.string().min(1).optional(),
    source,
  }),
);

export const CompanyProfileSchema = z.lazy(() =>
  z
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
      const known = new Set<SourceLabel>(p.sources.map((s) => s.id));
      const defaultLoop = p.loops.find((l) => l.isDefault);
      p.disagreements.forEach((d, i) => {
        if (d.roundId && !defaultLoop?.rounds.some((r) => r.id === d.roundId))
          ctx.addIssue({
            code: 'custom',
            path: ['disagreements', i, 'roundId'],
            message: `round “${d.roundId}” is not in the default loop`,
          });
      });
      const check = (label: SourceLabel, path: (string | number)[]) => {
        if (!known.has(label))
          ctx.addIssue({
            code: 'custom',
            path,
            message: `source “${label}” is not listed in sources`,
          });
      };
      p.loops.forEach((l, i) => check(l.source, ['loops', i, 'source']));
      p.compensation.forEach((c, i) => check(c.source, ['compensation', i, 'source']));
      const unique = (values: string[], field: string) => {
        const seen = new Set<string>();
        values.forEach((v, i) => {
          if (seen.has(v))
            ctx.addIssue({ code: 'custom', path: [field, i, 'id'], message: `id “${v}” is used twice` });
          seen.add(v);
        });
      };
      unique(p.compensation.map((c) => c.id), 'compensation');
      unique(p.disagreements.map((d) => d.id), 'disagreements');
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
    }),
);
