// Checks what a candidate types into the loop, checklist, compensation and band forms.
// Errors are refused before anything is saved (so nothing saved is lost); warnings are saved and
// shown. Amounts are whole US dollars per year.
import type { ChecklistItem, CompPackage, LoopRound, MoneyRange } from '../workspace/schemas';
import { DossierError } from '../errors';
import type { InputProblem } from './types';
import { formatUsd } from './formatUsd';
import { formatAmount } from './currency';
import { isValidTimeZone, parseLocal, zonedToUtc } from './zonedTime';

export const MAX_BASE = 5_000_000;
export const MAX_PERCENT = 200;
export const MAX_ROUND_MINUTES = 600;
const MAX_ONE_OFF = 5_000_000;
const MAX_EQUITY = 100_000_000;
const MAX_VALUATION = 5_000_000_000_000;
// The same bounds as the EquityGrant schema, checked here so the form can say so in words.
const MAX_VESTING_YEARS = 10;
const MAX_CLIFF_MONTHS = 60;

const error = (field: string, message: string): InputProblem => ({
  field,
  message,
  severity: 'error',
});
const warning = (field: string, message: string): InputProblem => ({
  field,
  message,
  severity: 'warning',
});

/** 'percent', or the ISO 4217 code of the amounts (the record's currency: companies/currency.ts). */
type Unit = 'percent' | string;
const show = (n: number, unit: Unit): string => (unit === 'percent' ? `${n} %` : formatAmount(n, unit));
/**
 * The typo limits are in US dollars; in another currency (no exchange rate is assumed) only
 * amounts past this bound are refused, as no figure can be judged too large without one.
 */
const OTHER_CURRENCY_LIMIT = 1e15;
const limit = (max: number, unit: Unit): number => (unit === 'percent' || unit === 'USD' ? max : Math.max(max, OTHER_CURRENCY_LIMIT));

function checkAmount(
  out: InputProblem[],
  field: string,
  value: number,
  max: number,
  what: string,
  unit: Unit = 'USD',
): void {
  max = limit(max, unit);
  if (!Number.isFinite(value)) out.push(error(field, `${what} must be a number.`));
  else if (value < 0) out.push(error(field, `${what} cannot be negative.`));
  else if (value > max) {
    const hint = unit === 'USD' ? ' Amounts are whole US dollars.' : '';
    out.push(
      error(
        field,
        `${what} of ${show(value, unit)} is more than ${show(max, unit)}; that looks like a typo.${hint}`,
      ),
    );
  }
}

function checkRange(
  out: InputProblem[],
  field: string,
  range: MoneyRange,
  max: number,
  what: string,
  unit: Unit,
): void {
  const before = out.length;
  checkAmount(out, `${field}.min`, range.min, max, `The lowest ${what}`, unit);
  checkAmount(out, `${field}.max`, range.max, max, `The highest ${what}`, unit);
  if (out.length !== before) return;
  if (range.min > range.max) {
    out.push(
      error(
        field,
        `The lowest ${what} (${show(range.min, unit)}) is above the highest (${show(range.max, unit)}); swap them or fix the typo.`,
      ),
    );
  }
}

/** A whole-dollar base under $1,000 is almost always typed in thousands. */
function checkBaseScale(out: InputProblem[], field: string, base: MoneyRange, what: string, currency: string): void {
  if (currency === 'USD' && base.max > 0 && base.max < 1000) {
    out.push(
      warning(
        field,
        `${what} of ${formatUsd(base.max)} a year looks too small: enter whole dollars (150000, not 150).`,
      ),
    );
  }
}

/** `currency`: the record's ISO 4217 code; amounts are shown in it (the typo limits are for US dollars only). */
export function validateCompPackage(pkg: CompPackage, field: string, currency = 'USD'): InputProblem[] {
  const out: InputProblem[] = [];
  checkRange(out, `${field}.base`, pkg.base, MAX_BASE, 'base', currency);
  checkBaseScale(out, `${field}.base`, pkg.base, 'A base', currency);
  checkRange(
    out,
    `${field}.bonusPercent`,
    pkg.bonusPercent,
    MAX_PERCENT,
    'bonus percent',
    'percent',
  );
  if (
    !Number.isFinite(pkg.bonusDeferredPercent) ||
    pkg.bonusDeferredPercent < 0 ||
    pkg.bonusDeferredPercent > 100
  ) {
    out.push(
      error(
        `${field}.bonusDeferredPercent`,
        'The deferred part of the bonus must be between 0 and 100 %.',
      ),
    );
  }
  checkAmount(out, `${field}.signOn`, pkg.signOn, MAX_ONE_OFF, 'The sign-on bonus', currency);
  checkAmount(out, `${field}.relocation`, pkg.relocation, MAX_ONE_OFF, 'Relocation', currency);
  checkAmount(
    out,
    `${field}.stipendPerYear`,
    pkg.stipendPerYear,
    MAX_ONE_OFF,
    'The yearly stipend',
    currency,
  );
  const eq = pkg.equity;
  if (eq) {
    if (eq.kind === 'dollars') {
      checkAmount(out, `${field}.equity.value`, eq.value, MAX_EQUITY, 'The equity grant', currency);
    } else {
      if (!Number.isFinite(eq.percent) || eq.percent < 0 || eq.percent > 100) {
        out.push(
          error(`${field}.equity.percent`, 'Equity must be between 0 and 100 % of the company.'),
        );
      } else if (eq.percent > 5) {
        out.push(
          warning(
            `${field}.equity.percent`,
            `${eq.percent} % of the company is unusually large for a product role; check the decimal point (grants are often around 0.05 %).`,
          ),
        );
      }
      checkAmount(
        out,
        `${field}.equity.assumedValuation`,
        eq.assumedValuation,
        MAX_VALUATION,
        'The assumed valuation',
        currency,
      );
      if (eq.assumedValuation === 0 && eq.percent > 0) {
        out.push(
          warning(
            `${field}.equity.assumedValuation`,
            'Without an assumed valuation the equity counts as $0; add the valuation you are assuming.',
          ),
        );
      }
    }
    const vestingOk =
      Number.isFinite(eq.vestingYears) && eq.vestingYears > 0 && eq.vestingYears <= MAX_VESTING_YEARS;
    if (!vestingOk) {
      out.push(
        error(
          `${field}.equity.vestingYears`,
          `Vesting must be more than 0 and at most ${MAX_VESTING_YEARS} years.`,
        ),
      );
    }
    const cliffOk =
      Number.isInteger(eq.cliffMonths) && eq.cliffMonths >= 0 && eq.cliffMonths <= MAX_CLIFF_MONTHS;
    if (!cliffOk) {
      out.push(
        error(
          `${field}.equity.cliffMonths`,
          `The cliff must be a whole number of months from 0 to ${MAX_CLIFF_MONTHS}.`,
        ),
      );
    } else if (vestingOk && eq.cliffMonths > eq.vestingYears * 12) {
      out.push(
        error(
          `${field}.equity.cliffMonths`,
          `A ${eq.cliffMonths}-month cliff is longer than the ${eq.vestingYears}-year vesting period.`,
        ),
      );
    }
  }
  return out;
}

export function validateCompensation(input: {
  current: CompPackage | null;
  ask: CompPackage | null;
  offers: CompPackage[];
  /** ISO 4217 code of the amounts (US dollars when absent). */
  currency?: string;
}): InputProblem[] {
  const out: InputProblem[] = [];
  const currency = input.currency ?? 'USD';
  if (input.current) out.push(...validateCompPackage(input.current, 'current', currency));
  if (input.ask) out.push(...validateCompPackage(input.ask, 'ask', currency));
  input.offers.forEach((o, i) => out.push(...validateCompPackage(o, `offers.${i}`, currency)));
  return out;
}

export function validateBands(
  bands: { base: MoneyRange | null; bonusPercent: MoneyRange | null } | null,
): InputProblem[] {
  const out: InputProblem[] = [];
  if (!bands) return out;
  if (bands.base) {
    checkRange(out, 'bands.base', bands.base, MAX_BASE, 'base in the band', 'USD');
    checkBaseScale(out, 'bands.base', bands.base, 'A band maximum', 'USD');
  }
  if (bands.bonusPercent)
    checkRange(
      out,
      'bands.bonusPercent',
      bands.bonusPercent,
      MAX_PERCENT,
      'bonus percent in the band',
      'percent',
    );
  return out;
}

export function validateLoop(loop: LoopRound[], now: Date): InputProblem[] {
  const out: InputProblem[] = [];
  const seen = new Set<string>();
  loop.forEach((round, i) => {
    const field = `loop.${i}`;
    const name = round.name.trim() || `Round ${i + 1}`;
    if (seen.has(round.id))
      out.push(
        error(`${field}.id`, `Two rounds share the id “${round.id}”; each round needs its own.`),
      );
    seen.add(round.id);
    if (!round.name.trim()) out.push(error(`${field}.name`, `Round ${i + 1} needs a name, for example “Recruiter screen”.`));
    if (!Number.isInteger(round.minutes) || round.minutes <= 0) {
      out.push(error(`${field}.minutes`, `The length of ${name} must be a whole number of minutes above zero.`));
    } else if (round.minutes > MAX_ROUND_MINUTES) {
      out.push(error(`${field}.minutes`, `${name} is set to more than 10 hours (${MAX_ROUND_MINUTES} minutes); that looks like a typo.`));
    }
    if (!isValidTimeZone(round.timeZone)) {
      out.push(
        error(
          `${field}.timeZone`,
          `“${round.timeZone}” is not a time zone Dossier knows; use a name such as America/New_York or Europe/London.`,
        ),
      );
    }
    if (round.scheduledAt === null) {
      if (round.status === 'scheduled')
        out.push(
          warning(`${field}.scheduledAt`, `${name} is marked scheduled but has no date yet.`),
        );
      return;
    }
    if (!parseLocal(round.scheduledAt)) {
      out.push(
        error(
          `${field}.scheduledAt`,
          `“${round.scheduledAt}” is not a real date and time for ${name}; use the form 2026-12-03T14:00.`,
        ),
      );
      return;
    }
    const start = zonedToUtc(round.scheduledAt, round.timeZone);
    if (!start) return;
    const open = round.status === 'scheduled' || round.status === 'not-scheduled';
    if (open && start.getTime() < now.getTime()) {
      out.push(
        warning(
          `${field}.scheduledAt`,
          `${name} is set for ${round.scheduledAt.replace("T", " ")}, which has already passed. Mark it done, or pick the new date.`,
        ),
      );
    }
    if (start.getTime() - now.getTime() > 2 * 365 * 86_400_000) {
      out.push(
        warning(`${field}.scheduledAt`, `${name} is more than two years away; check the year.`),
      );
    }
  });
  return out;
}

export function validateChecklist(items: ChecklistItem[]): InputProblem[] {
  const out: InputProblem[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      out.push(error(`checklist.${i}.id`, `Two checklist items share the id “${item.id}”.`));
    seen.add(item.id);
    if (!item.text.trim())
      out.push(error(`checklist.${i}.text`, 'A checklist item cannot be empty.'));
  });
  return out;
}

/** Throws a bad-request error naming the first refused field; returns the warnings otherwise. */
export function refuseErrors(problems: InputProblem[]): InputProblem[] {
  const first = problems.find((p) => p.severity === 'error');
  if (first) {
    throw new DossierError('bad-request', `${first.field}: ${first.message}`, {
      details: problems.filter((p) => p.severity === 'error'),
    });
  }
  return problems;
}
