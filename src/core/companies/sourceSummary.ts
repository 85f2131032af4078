// What Dossier took from each guide about a company, and where the guides disagree: the data of
// a company's Sources view, in plain words with guide names (never labels). Pure; no I/O.
import { formatUsd } from './formatUsd';
import { sourceName } from './sourceLabels';
import type { CompanyProfile, ProfileComp } from './types';

/** One group of facts a guide gave ("Interview loop", "Pay", "Checklist"), as lines to show. */
export interface SourceFactGroup {
  title: string;
  lines: string[];
}

export interface GuideSummary {
  /** The guide's label (for keys and test ids only). */
  label: string;
  /** What users see: "Wells Fargo guide (Chinese)". */
  name: string;
  description: string;
  groups: SourceFactGroup[];
  /** How many facts Dossier took from this guide for this company. */
  factCount: number;
}

export interface SourcesSummary {
  guides: GuideSummary[];
  /** Facts taken from guides about other companies (4-P for Wells Fargo), grouped by guide. */
  borrowed: GuideSummary[];
  disagreements: {
    id: string;
    summary: string;
    readings: { name: string; text: string }[];
    handling: string;
  }[];
}

const k = (n: number): string => (n >= 1000 && n % 1000 === 0 ? `$${n / 1000}k` : formatUsd(n));
const range = (r: { min: number; max: number }, f: (n: number) => string = k): string =>
  r.min === r.max ? f(r.min) : `${f(r.min)}–${f(r.max)}`;
const years = (n: number): string => `${n} year${n === 1 ? '' : 's'}`;

/** A pay variant in one line per component: "Base $150k–$210k", "Bonus 12–18 % of base (target 15 %)". */
export function payLines(c: ProfileComp): string[] {
  const out: string[] = [];
  if (c.base) out.push(`Base ${range(c.base)}${c.baseIsRigid ? ', in strict bands' : ''}`);
  if (c.totalCash) out.push(`Total cash (base and bonus) ${range(c.totalCash)}`);
  if (c.bonusPercent)
    out.push(
      `Bonus ${range(c.bonusPercent, String)} %${c.bonusTargetPercent !== null ? ` (target ${c.bonusTargetPercent} %)` : ''}${c.bonusSeniorPercent !== null ? `, ${c.bonusSeniorPercent} % or more for senior roles` : ''}`,
    );
  else if (c.bonusNote) out.push(c.bonusNote);
  const e = c.equity;
  if (e?.kind === 'grant-dollars')
    out.push(
      `Stock grant ${range(e.value)} in total, vesting over ${years(e.vestingYears)}${e.cliffMonths ? ` after a ${e.cliffMonths}-month cliff` : ''}`,
    );
  if (e?.kind === 'yearly-dollars') {
    const schedules = e.vesting.map((v) =>
      v.cliffMonths >= v.years * 12 ? `all at once after ${years(v.years)}` : `over ${years(v.years)} after a ${v.cliffMonths / 12}-year cliff`,
    );
    out.push(`Stock ${range(e.perYear)} a year${schedules.length ? `, vesting ${schedules.join(', or ')}` : ''}`);
  }
  if (e?.kind === 'percent') out.push(`Equity ${range(e.percent, String)} %, vesting over ${years(e.vestingYears)}`);
  if (e?.kind === 'uncommon') out.push(e.text);
  if (c.signOn) out.push(`Sign-on ${range(c.signOn)}`);
  if (c.relocationMax !== null) out.push(`Relocation up to ${k(c.relocationMax)}`);
  if (c.stipendPerYear !== null) out.push(`Development stipend ${k(c.stipendPerYear)} a year`);
  if (c.total) {
    const up = c.totalManagementUpliftPercent;
    out.push(`Total ${range(c.total)}${up ? ` for individual contributors (the management track ${range(up, String)} % higher)` : ''}`);
  }
  return out;
}

function groupsFor(profile: CompanyProfile, label: string): SourceFactGroup[] {
  const groups: SourceFactGroup[] = [];
  const add = (title: string, lines: string[]) => {
    if (lines.length > 0) groups.push({ title, lines });
  };
  const loops = profile.loops.filter((l) => l.source === label);
  add(
    'Interview loop',
    loops.flatMap((l) => [
      `${l.label}${l.isDefault ? ' (your folder starts with this loop)' : ''}: ${l.timeline.text}`,
      ...l.rounds.map((r) => `${r.name}, ${r.minutes}${r.minutesMax ? `–${r.minutesMax}` : ''} min: ${r.tests}`),
      ...l.notes.map((n) => n.text),
    ]),
  );
  add(
    'Pay',
    profile.compensation
      .filter((c) => c.source === label)
      .flatMap((c) => {
        const lines = payLines(c);
        const reading = profile.compensation.filter((x) => x.source === label).length > 1 ? `${c.reading}: ` : '';
        return [`${reading}${lines.join('; ')}`, ...c.notes].filter((s) => s.trim() !== '');
      }),
  );
  add(
    'Negotiation',
    profile.negotiation.filter((n) => n.source === label).map((n) => n.text),
  );
  add(
    'Frameworks',
    profile.frameworks.filter((f) => f.source === label).map((f) => `${f.name}: ${f.text}`),
  );
  add(
    'Vocabulary',
    profile.vocabulary.filter((v) => v.source === label).map((v) => `${v.term}: ${v.meaning}`),
  );
  add(
    'Lifecycle',
    profile.lifecycle?.source === label ? [profile.lifecycle.stages.join(' → ')] : [],
  );
  add(
    'How the job and the interviews work',
    [...profile.context, ...profile.signals].filter((c) => c.source === label).map((c) => c.text),
  );
  add(
    'Checklist',
    profile.checklist.filter((c) => c.source === label).map((c) => c.text),
  );
  return groups;
}

function summarise(profile: CompanyProfile, label: string, description: string): GuideSummary {
  const groups = groupsFor(profile, label);
  return {
    label,
    name: sourceName(label),
    description,
    groups,
    factCount: groups.reduce((n, g) => n + g.lines.length, 0),
  };
}

/**
 * The Sources view of a profile: per guide about the company, what Dossier took from it; facts
 * borrowed from other companies' guides; and every disagreement with each reading named.
 */
export function summariseSources(profile: CompanyProfile): SourcesSummary {
  const own = new Set<string>(profile.sources.map((s) => s.id));
  const borrowedLabels = [
    ...new Set([...profile.frameworks, ...profile.checklist].map((f) => f.source).filter((s) => !own.has(s))),
  ];
  return {
    guides: profile.sources.map((s) => summarise(profile, s.id, s.description)),
    borrowed: borrowedLabels.map((l) => summarise(profile, l, `Not about ${profile.name}: offered here as well.`)),
    disagreements: profile.disagreements.map((d) => ({
      id: d.id,
      summary: d.summary,
      readings: d.readings.map((r) => ({ name: sourceName(r.source), text: r.text })),
      handling: d.handling,
    })),
  };
}
