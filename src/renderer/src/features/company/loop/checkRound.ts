// Checks one loop round as the candidate edits it. Errors block saving (the draft is kept on
// screen so nothing typed is lost); warnings are shown but the round still saves.
import type { LoopRound } from '../../../../../shared/api';
import { isValidTimeZone, parseLocal, zonedTimeToInstant } from './zonedTime';

export interface RoundProblems {
  /** Field -> message; any entry blocks saving. */
  errors: Partial<Record<'name' | 'minutes' | 'scheduledAt' | 'timeZone', string>>;
  warnings: string[];
}

export function checkRound(round: LoopRound, now: number): RoundProblems {
  const errors: RoundProblems['errors'] = {};
  const warnings: string[] = [];
  if (round.name.trim() === '') errors.name = 'Give the round a name, for example “Recruiter screen”.';
  if (!Number.isInteger(round.minutes) || round.minutes <= 0) {
    errors.minutes = 'Length must be a whole number of minutes above zero.';
  } else if (round.minutes > 600) {
    errors.minutes = 'A round longer than 10 hours (600 minutes) looks like a typo.';
  }
  if (!isValidTimeZone(round.timeZone)) {
    errors.timeZone = `“${round.timeZone}” is not a time zone Dossier knows. Pick one such as America/New_York.`;
  }
  if (round.scheduledAt !== null && round.scheduledAt !== '') {
    if (!parseLocal(round.scheduledAt)) {
      errors.scheduledAt = 'That date and time is not complete or not a real date.';
    } else if (!errors.timeZone) {
      const at = zonedTimeToInstant(round.scheduledAt, round.timeZone);
      if (at !== null && at < now && (round.status === 'scheduled' || round.status === 'not-scheduled')) {
        warnings.push('This date is in the past. If the round already happened, set its status to Done.');
      } else if (at !== null && at - now > 2 * 365 * 86_400_000) {
        warnings.push('This date is more than two years away. Check the year.');
      }
    }
  } else if (round.status === 'scheduled') {
    warnings.push('Marked as scheduled but has no date yet.');
  }
  return { errors, warnings };
}

export function hasErrors(problems: RoundProblems): boolean {
  return Object.keys(problems.errors).length > 0;
}
