// A company's questions: the built-in bank of its profile with the candidate's edits, plus their
// own questions; each with its answers (score, spoken length, last rehearsal), its own
// expectations judged on the best answer, its practice history and readiness; and readiness per
// round of the company's loop.
import type { CoreContext } from '../context';
import type { CompanyFile, Competency, DocumentFile } from '../workspace/schemas';
import { loadProfiles } from '../companies/loadProfiles';
import type { CompanyProfile } from '../companies/types';
import { readDocuments } from '../companies/documentReadiness';
import { loadTemplates } from '../templates/registry';
import type { Template } from '../templates/types';
import { loadRulePacks } from '../rubric/loadRulePacks';
import type { CompiledRule } from '../rubric/loadRulePacks';
import { checkText } from '../rubric/checkText';
import { DEFAULT_WPM, secondsToSpeak, spokenUnits } from '../rubric/speakingPace';
import { companyBands } from '../rubric/companyBands';
import { countWords } from '../rubric/prepareSection';
import { ruleLabel } from '../rubric/ruleLabels';
import { loadQuestionBanks } from './loadQuestionBank';
import type { BankReferences, LoadedBanks } from './loadQuestionBank';
import type { BankQuestion } from './questionSchema';
import { sourceName } from './sourceName';
import { neededSeconds, questionReadiness, recencyWeight, roundReadiness, runCounts, RECENT_DAYS } from './questionReadiness';
import type { CompanyQuestionsView, ExpectationResult, QuestionAnswer, QuestionView, RoundReadiness } from './types';

/** What a bank is validated against: every profile's round ids and the templates that load. */
export function bankReferences(profiles: CompanyProfile[], templates: Pick<Template, 'id'>[]): BankReferences {
  return {
    rounds: new Map(profiles.map((p) => [p.id, new Set(p.loops.flatMap((l) => l.rounds.map((r) => r.id)))])),
    templates: new Set(templates.map((t) => t.id)),
  };
}

/** The built-in banks for this workspace's templates. */
export function loadBanks(ctx: CoreContext): LoadedBanks {
  return loadQuestionBanks(ctx.appRoot, bankReferences(loadProfiles(ctx.appRoot).profiles, loadTemplates(ctx).templates));
}

/** A question as the company sees it before answers are attached. */
export interface MergedQuestion {
  id: string;
  rounds: string[];
  text: string;
  competencies: Competency[];
  source: string;
  basis: QuestionView['basis'];
  strongAnswer: string[];
  trap: string;
  template: string;
  expects: string[];
  answerSeconds: number;
  origin: 'bank' | 'yours';
  edited: boolean;
  hidden: boolean;
}

/** The bank with the company's edits applied, then the company's own questions. */
export function mergeQuestions(bank: BankQuestion[], stored: CompanyFile['questions']): MergedQuestion[] {
  const fromBank = bank.map((q): MergedQuestion => {
    const edit = stored.edits[q.id] ?? {};
    const { hidden, ...fields } = edit;
    return {
      id: q.id,
      rounds: fields.rounds ?? q.rounds,
      text: fields.text ?? q.text,
      competencies: fields.competencies ?? q.competencies,
      source: q.source,
      basis: q.basis,
      strongAnswer: fields.strongAnswer ?? q.strongAnswer,
      trap: fields.trap ?? q.trap,
      template: fields.template ?? q.template,
      expects: q.expects,
      answerSeconds: fields.answerSeconds ?? q.answerSeconds,
      origin: 'bank',
      edited: Object.keys(fields).length > 0,
      hidden: hidden === true,
    };
  });
  const own = stored.own.map(
    (q): MergedQuestion => ({
      ...q,
      source: 'yours',
      basis: 'yours',
      expects: [],
      origin: 'yours',
      edited: false,
      hidden: false,
    }),
  );
  return [...fromBank, ...own];
}

function roundNames(company: CompanyFile, profile: CompanyProfile | null): Map<string, string> {
  const names = new Map<string, string>();
  for (const loop of profile?.loops ?? []) for (const r of loop.rounds) names.set(r.id, `${r.name} (${sourceName(loop.source)})`);
  for (const r of company.loop) names.set(r.id, r.name);
  return names;
}

/** What each rule a question expects asks of the answer, in plain words (shown before it is judged). */
export const EXPECTATION_TEXT: Readonly<Record<string, string>> = {
  'regulatory-reflex': 'The plan names the legal, compliance and model-risk sign-offs before anything reaches customers.',
  'technique-not-governance': 'Model quality is answered with governance (owner, independent validation, monitoring and escalation), not only technique.',
  'failure-modes': 'The answer says who bears the cost of an error, the latency budget and the fallback.',
  'quantified-impact': 'Every outcome carries a number and a unit.',
  baseline: 'Every improvement says what it improved on.',
  'vanity-metric': 'Model metrics are tied to a business or risk result.',
  'tool-without-outcome': 'Tools and model details come with the result they produced.',
  'compliance-afterthought': 'Compliance and model risk come in before the fix or the launch, not after.',
  'governance-terms': 'The answer speaks the language of model risk governance.',
  'move-fast': 'No tech-company habits a bank distrusts (ship and iterate, fix first and tell risk later).',
  'regulatory-stance': 'A balanced view of regulation: neither cynical nor blindly obedient.',
  'second-hand-disclosure': 'A story you only watched says so.',
  'four-p-specifics': 'Provenance has lineage and consent, Performance a threshold, Policy a named rule.',
  'vague-language': 'No filler or weak verbs.',
};

/** The rules a question expects, judged on one answer document; rules not loaded are reported as such. */
export function judgeExpectations(
  expects: string[],
  answer: { doc: DocumentFile; template: Template } | null,
  rules: CompiledRule[],
  env: { bands: ReturnType<typeof companyBands>; company: string },
): ExpectationResult[] {
  return expects.map((id) => {
    const label = ruleLabel(id);
    const wants = EXPECTATION_TEXT[id];
    const rule = rules.find((r) => r.id === id && r.pack === 'core') ?? rules.find((r) => r.id === id);
    if (!rule) return { rule: id, label, met: null, state: 'manual', message: `${wants ?? label} Dossier cannot check this one for you.` };
    if (!answer) return { rule: id, label, met: null, state: 'unanswered', message: wants ?? rule.why ?? rule.message };
    const result = checkText({
      template: answer.template,
      sections: answer.doc.sections,
      // The expectation applies whatever the answer's template or company: drop the rule's own scope.
      rules: [{ ...rule, appliesTo: {} }],
      bands: env.bands,
      privateTerms: [],
      disabled: [],
      silenced: [],
      company: env.company,
    });
    const hit = result.findings.find((f) => f.rule === id);
    return hit
      ? { rule: id, label, met: false, state: 'missing', message: hit.message }
      : { rule: id, label, met: true, state: 'met', message: wants ?? rule.why ?? rule.message };
  });
}

/** `read` lets a caller that already read the company's documents (the dashboard) pass them in. */
export function buildQuestionsView(ctx: CoreContext, slug: string, read?: ReturnType<typeof readDocuments>): CompanyQuestionsView {
  const company = ctx.store.getCompany(slug);
  const now = ctx.now();
  const { profiles } = loadProfiles(ctx.appRoot);
  const profile = profiles.find((p) => p.id === company.profileId) ?? null;
  const templates = loadTemplates(ctx).templates;
  const banks = loadQuestionBanks(ctx.appRoot, bankReferences(profiles, templates));
  const merged = mergeQuestions(profile ? (banks.banks.get(profile.id) ?? []) : [], company.questions);
  const { readiness: scored, files } = read ?? readDocuments(ctx, slug);
  const scoreOf = new Map(scored.map((d) => [d.id, d.score]));
  const templateOf = new Map(templates.map((t) => [t.id, t]));
  const rules = loadRulePacks(ctx.appRoot).rules;
  const env = { bands: companyBands(profile, company), company: slug };
  const names = roundNames(company, profile);
  const inLoop = new Set(company.loop.map((r) => r.id));

  const answerOf = (doc: DocumentFile): QuestionAnswer => {
    const tpl = templateOf.get(doc.templateId);
    const words = Object.values(doc.sections).join('\n\n');
    const spokenSeconds = secondsToSpeak(spokenUnits(words, countWords), tpl?.wordsPerMinute ?? DEFAULT_WPM);
    // A rehearsal far shorter than the document takes to say is not practice of it (runCounts).
    const needed = neededSeconds(tpl?.speakingSeconds ?? null, spokenSeconds);
    return {
      id: doc.id,
      title: doc.title,
      templateId: doc.templateId,
      score: scoreOf.get(doc.id) ?? null,
      spokenSeconds,
      lastRehearsed: doc.rehearsals.filter((r) => runCounts(r.seconds, needed)).map((r) => r.at).sort().at(-1) ?? null,
    };
  };

  const questions: QuestionView[] = merged.map((q) => {
    const docs = (company.questions.answers[q.id] ?? []).map((id) => files.get(id)).filter((d): d is DocumentFile => d !== undefined);
    const answers = docs.map(answerOf);
    const best = [...docs].sort((a, b) => (scoreOf.get(b.id) ?? -1) - (scoreOf.get(a.id) ?? -1))[0] ?? null;
    const bestTemplate = best ? templateOf.get(best.templateId) : undefined;
    const practice = company.questions.practice
      .filter((p) => p.questionId === q.id)
      .map((p) => ({ at: p.at, seconds: p.seconds, budgetSeconds: p.budgetSeconds, rating: p.rating }))
      .sort((a, b) => a.at.localeCompare(b.at));
    // Practice counts when the run was long enough for the answer (the notes were the first answer).
    const counted = practice.filter((p) => runCounts(p.seconds, neededSeconds(p.budgetSeconds, answers[0]?.spokenSeconds ?? null)));
    const lastPracticed = [...counted.map((p) => p.at), ...answers.map((a) => a.lastRehearsed ?? '')].filter(Boolean).sort().at(-1) ?? null;
    const bestScore = answers.reduce<number | null>((m, a) => (a.score === null ? m : Math.max(m ?? 0, a.score)), null);
    const round = q.rounds.find((r) => inLoop.has(r)) ?? q.rounds[0] ?? '';
    return {
      id: q.id,
      round,
      roundName: names.get(round) ?? round,
      rounds: q.rounds,
      inLoop: inLoop.has(round),
      text: q.text,
      competencies: q.competencies,
      source: q.source,
      sourceName: sourceName(q.source),
      basis: q.basis,
      strongAnswer: q.strongAnswer,
      trap: q.trap,
      template: q.template,
      templateName: templateOf.get(q.template)?.name ?? null,
      expects: q.expects,
      answerSeconds: q.answerSeconds,
      origin: q.origin,
      edited: q.edited,
      hidden: q.hidden,
      answers,
      expectations: judgeExpectations(q.expects, best && bestTemplate ? { doc: best, template: bestTemplate } : null, rules, env),
      practice,
      lastPracticed,
      readiness: questionReadiness({ answered: answers.length > 0, bestScore, lastPracticed }, now),
    };
  });

  const rounds: RoundReadiness[] = company.loop
    .filter((r) => r.status !== 'declined')
    .map((r) => {
      const qs = questions.filter((q) => q.round === r.id && !q.hidden);
      const answered = qs.filter((q) => q.answers.length > 0);
      const scores = answered.flatMap((q) => {
        const s = q.answers.reduce<number | null>((m, a) => (a.score === null ? m : Math.max(m ?? 0, a.score)), null);
        return s === null ? [] : [s];
      });
      const next = nextStepFor(qs, now);
      return {
        roundId: r.id,
        name: r.name,
        minutes: r.minutes,
        questionCount: qs.length,
        answered: answered.length,
        averageScore: scores.length > 0 ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
        rehearsedRecently: qs.filter((q) => recencyWeight(q.lastPracticed, now) === 1).length,
        readiness: roundReadiness(qs.map((q) => q.readiness)),
        nextStep: next.text,
        nextQuestionId: next.id,
      };
    });

  return { company: slug, profileId: company.profileId, rounds, questions, problems: banks.problems };
}

export const LOW_ANSWER_SCORE = 70;

/** Unanswered first, then a weak answer, then the stalest practice. */
export function nextStepFor(qs: QuestionView[], now: Date): { text: string; id: string | null } {
  if (qs.length === 0) return { text: 'No questions for this round yet. Add your own.', id: null };
  const unanswered = qs.find((q) => q.answers.length === 0);
  if (unanswered) return { text: `Answer “${unanswered.text}”`, id: unanswered.id };
  const weak = qs
    .map((q) => ({ q, s: Math.max(...q.answers.map((a) => a.score ?? 0)) }))
    .filter((x) => x.s < LOW_ANSWER_SCORE)
    .sort((a, b) => a.s - b.s)[0];
  if (weak) return { text: `Strengthen your answer to “${weak.q.text}” (it scores ${weak.s}).`, id: weak.q.id };
  const stale = qs.filter((q) => recencyWeight(q.lastPracticed, now) < 1).sort((a, b) => (a.lastPracticed ?? '').localeCompare(b.lastPracticed ?? ''))[0];
  if (stale) return { text: `Practise “${stale.text}” aloud: ${stale.lastPracticed ? `last practised more than ${RECENT_DAYS} days ago` : 'not practised yet'}.`, id: stale.id };
  return { text: 'Every question is answered and practised this week.', id: null };
}
