// The zod schema a template file must satisfy (templates/*.json and <workspace>/templates/*.json).
// Each exported schema is built on its first use (z.lazy): the built-in templates are validated when
// the CLI is built (prevalidated.ts), so `dossier export` and `dossier check` would only pay for
// building them (about 40 M instructions with the workspace schemas, 4% of a DOCX export).
import { z } from 'zod';
import { SourceLabelSchema } from '../companies/sourceLabels';
import { normalizeHeading } from '../document/normalizeHeading';
import { headingKey } from '../document/headingKey';

/** The guides a built-in template or tip draws on (wf-en, wf-zh, jpmorgan, amex, fintech); optional for your own templates. */
const sources = z.array(SourceLabelSchema).min(1).optional();

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'must be lower-case letters, digits and hyphens');

export const TemplateSectionSchema = z.lazy(() =>
  z
    .object({
      id,
      label: z.string().min(1).max(120),
      /** Other headings that open this section, e.g. its Chinese names ("权衡" for "The trade-off"). */
      aliases: z.array(z.string().trim().min(1).max(120)).max(12).optional(),
      prompt: z.string().min(1).max(1000),
      kind: z.enum(['markdown', 'money', 'list']),
      required: z.boolean(),
      wordBudget: z.number().int().nonnegative().max(10_000),
      guidance: z
        .object({ weak: z.string().min(1), strong: z.string().min(1), tip: z.string().optional(), sources })
        .strict(),
      speakingSeconds: z.number().positive().max(3600).nullable().optional(),
    })
    .strict(),
);

export const TemplateSchema = z.lazy(() =>
  z
    .object({
      id,
      version: z.number().int().positive(),
      name: z.string().min(1).max(200),
      purpose: z.string().min(1).max(2000),
      sources,
      pageBudget: z.number().int().positive().max(20).nullable(),
      wordBudget: z.number().int().positive().max(20_000),
      speakingSeconds: z.number().positive().max(3600).nullable(),
      spoken: z.boolean(),
      wordsPerMinute: z.number().positive().max(400).optional(),
      rulePacks: z.array(z.string().min(1)).default(['core']),
      /** Words that mean the same in this template's headings ("issue", "concern"; 浮现, 出现). */
      headingSynonyms: z.array(z.array(z.string().trim().min(1).max(60)).min(2).max(30)).max(60).optional(),
      sections: z
        .array(TemplateSectionSchema)
        .min(1)
        .refine((s) => new Set(s.map((x) => x.id)).size === s.length, 'section ids must be unique')
        .superRefine((s, ctx) => {
          const owner = new Map<string, string>();
          for (const x of s) {
            for (const name of new Set([x.id, x.label, ...(x.aliases ?? [])].map(normalizeHeading))) {
              const other = owner.get(name);
              if (other !== undefined && other !== x.id) {
                ctx.addIssue({ code: 'custom', message: `the heading “${name}” would open both “${other}” and “${x.id}”; give each section its own names` });
              }
              owner.set(name, x.id);
            }
          }
        }),
      exportLayout: z.object({ design: z.enum(['classic', 'modern']), showPrompts: z.boolean() }).strict(),
    })
    .strict()
    .superRefine((t, ctx) => {
      // A heading in other words opens a section by its key (headingKey.ts): two sections whose
      // names share a key would make such a heading ambiguous.
      const owner = new Map<string, string>();
      for (const x of t.sections) {
        for (const key of new Set([x.id, x.label, ...(x.aliases ?? [])].map((n) => headingKey(n, t.headingSynonyms)))) {
          if (key === '') continue;
          const other = owner.get(key);
          if (other !== undefined && other !== x.id) {
            ctx.addIssue({ code: 'custom', path: ['sections'], message: `the headings of “${other}” and “${x.id}” read the same once function words and headingSynonyms are set aside (“${key}”); give each section names of its own` });
          }
          owner.set(key, x.id);
        }
      }
    }),
);
