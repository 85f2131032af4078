// A profile's built-in question bank as a flat list (the CLI's `dossier questions` and the
// questions.bank operation): no workspace needed.
import { loadProfiles } from '../companies/loadProfiles';
import { DossierError } from '../errors';
import { loadTemplatesFrom } from '../templates/registry';
import type { Competency } from '../workspace/schemas';
import { bankReferences } from './buildQuestionsView';
import { loadQuestionBanks } from './loadQuestionBank';
import type { QuestionProblem } from './questionSchema';
import { sourceName } from './sourceName';

export interface BankListingQuestion {
  id: string;
  /** The round the guide places it in (the first of `rounds`). */
  round: string;
  rounds: string[];
  source: string;
  sourceName: string;
  basis: string;
  competencies: Competency[];
  template: string;
  text: string;
  strongAnswer: string[];
  trap: string;
  expects: string[];
  answerSeconds: number;
}

export interface BankListing {
  profile: string;
  questions: BankListingQuestion[];
  problems: QuestionProblem[];
}

/** The bank of `profileId`, optionally only the questions that fit `round`; unknown ids are refused. */
export function listBank(appRoot: string, workspaceRoot: string | null, profileId: string, round?: string): BankListing {
  const { profiles } = loadProfiles(appRoot);
  const profile = profiles.find((p) => p.id === profileId);
  if (!profile) {
    throw new DossierError('not-found', `There is no company profile “${profileId}” (known: ${profiles.map((p) => p.id).join(', ')}).`);
  }
  const roundIds = new Set(profile.loops.flatMap((l) => l.rounds.map((r) => r.id)));
  if (round !== undefined && !roundIds.has(round)) {
    throw new DossierError('not-found', `${profile.name} has no round “${round}” (known: ${[...roundIds].join(', ')}).`);
  }
  const loaded = loadQuestionBanks(appRoot, bankReferences(profiles, loadTemplatesFrom(appRoot, workspaceRoot).templates));
  const questions = (loaded.banks.get(profileId) ?? [])
    .filter((q) => round === undefined || q.rounds.includes(round))
    .map((q) => ({
      id: q.id,
      round: q.rounds[0] ?? '',
      rounds: q.rounds,
      source: q.source,
      sourceName: sourceName(q.source),
      basis: q.basis,
      competencies: q.competencies,
      template: q.template,
      text: q.text,
      strongAnswer: q.strongAnswer,
      trap: q.trap,
      expects: q.expects,
      answerSeconds: q.answerSeconds,
    }));
  return { profile: profileId, questions, problems: loaded.problems.filter((p) => p.file.endsWith(`/${profileId}.json`)) };
}
