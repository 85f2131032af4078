// The five interview guides Dossier's company facts come from, one label per guide, and the names
// candidates see for them. Facts in resources/ and templates/ carry a label; every screen, note
// and message shows the name (never the bare label). Source: ../shared/DOMAIN.md, "Company
// profiles" (the guides themselves are in ../shared/sources/).
import { z } from 'zod';

/** One label per guide, as stored in resources/companies, resources/rubrics and templates. */
export const SOURCE_LABELS = ['wf-en', 'wf-zh', 'jpmorgan', 'amex', 'fintech'] as const;
export type SourceLabel = (typeof SOURCE_LABELS)[number];

/** The marker for facts the candidate changed (their own bands, their own checklist items). */
export const OWN_EDITS = 'your edits';
export type FactSource = SourceLabel | typeof OWN_EDITS;

/** What users see for each label. */
export const SOURCE_NAMES: Readonly<Record<SourceLabel, string>> = {
  'wf-en': 'Wells Fargo guide (English)',
  'wf-zh': 'Wells Fargo guide (Chinese)',
  jpmorgan: 'JPMorgan Chase guide',
  amex: 'American Express guide',
  fintech: 'Fintech guide',
};

/**
 * The names in Chinese, for a Chinese draft's findings (rubric/findingsLanguage.ts): the Chinese
 * guide itself writes the banks' names in English ("Wells Fargo的AI产品经理"), so they stay.
 */
export const SOURCE_NAMES_ZH: Readonly<Record<SourceLabel, string>> = {
  'wf-en': 'Wells Fargo 英文指南',
  'wf-zh': 'Wells Fargo 中文指南',
  jpmorgan: 'JPMorgan Chase 指南',
  amex: 'American Express 指南',
  fintech: '金融科技指南',
};

/** A profile or template fact's source: exactly one of the five guide labels. */
export const SourceLabelSchema = z.enum(SOURCE_LABELS, {
  error: () => `must be one of the guide labels: ${SOURCE_LABELS.join(', ')}`,
});

/** A source as stored in a candidate's workspace: a guide label or "your edits". */
export const FactSourceSchema = z.union([SourceLabelSchema, z.literal(OWN_EDITS)]);

export function isSourceLabel(value: string): value is SourceLabel {
  return (SOURCE_LABELS as readonly string[]).includes(value);
}

/**
 * The name a candidate sees for a source label: "wf-zh" -> "Wells Fargo guide (Chinese)",
 * "your edits" -> "Your edits". A comma-separated list of labels ("wf-en, wf-zh") reads as
 * "Wells Fargo guide (English) and Wells Fargo guide (Chinese)". Anything else (a label from an
 * older Dossier, a typo in a workspace file) reads as "another source" rather than a bare code.
 */
export function sourceName(label: string): string {
  const parts = label
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length > 1) return listNames(parts.map(sourceName));
  const one = parts[0] ?? '';
  if (isSourceLabel(one)) return SOURCE_NAMES[one];
  if (one.toLowerCase() === OWN_EDITS) return 'Your edits';
  return 'another source';
}

/** Several labels as one phrase: "A and B", "A, B and C". */
export function sourceNames(labels: readonly string[]): string {
  return listNames([...new Set(labels)].map(sourceName));
}

function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Labels Dossier used before the guides had their own names, per profile. */
const LEGACY: Readonly<Record<string, Readonly<Record<string, SourceLabel>>>> = {
  'wells-fargo': { 'guide-A': 'wf-en', 'guide-B': 'wf-zh' },
  jpmorgan: { 'guide-A': 'jpmorgan' },
  'american-express': { 'guide-A': 'amex' },
  fintech: { 'guide-C': 'fintech' },
};

/**
 * A label saved by an older Dossier ("guide-A") in a company folder, read as today's label for
 * that folder's profile ("wf-en" for Wells Fargo). Today's labels and unknown values pass through.
 */
export function upgradeLegacyLabel(value: string, profileId: string | null): string {
  const map = profileId ? LEGACY[profileId] : undefined;
  return value
    .split(',')
    .map((p) => p.trim())
    .map((p) => map?.[p] ?? p)
    .join(', ');
}

/** Seeded loop notes of an older Dossier said "From guide-A."; today's say the guide's name. */
export function upgradeLegacyNote(note: string, profileId: string | null): string {
  return note.replace(/\bFrom (guide-[A-Z])\./g, (whole, code: string) => {
    const label = upgradeLegacyLabel(code, profileId);
    return isSourceLabel(label) ? `From the ${SOURCE_NAMES[label]}.` : whole;
  });
}
