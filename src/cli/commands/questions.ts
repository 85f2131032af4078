// dossier questions --company SLUG [--round ID] [--json] [--workspace DIR]
// A company folder of the workspace lists its questions with answers and readiness (the
// questions.list operation, read-only); a profile id lists the built-in bank (questions.bank).
// --json prints a list of questions, each with id, round, source, competencies, template, text.
import fs from 'node:fs';
import path from 'node:path';
import type { CliIo } from '../cliIo';
import { UsageError } from '../cliIo';
import { parseCliArgs } from '../parseCliArgs';
import { DossierError } from '../../core/errors';
import { brokenCompanyMessage, brokenCompanyProblem } from '../../core/workspace/brokenCompany';

const USAGE = 'dossier questions --company SLUG [--round ID] [--json] [--workspace DIR]';

interface Row {
  id: string;
  round: string;
  rounds: string[];
  source: string;
  sourceName: string;
  competencies: string[];
  template: string;
  text: string;
  answerSeconds: number;
  answers?: number;
  readiness?: number;
}

/** The fields every row carries; `round` is where this listing places the question. */
function toRow(q: Omit<Row, 'round' | 'answers' | 'readiness'>, round: string): Row {
  return {
    id: q.id,
    round,
    rounds: q.rounds,
    source: q.source,
    sourceName: q.sourceName,
    competencies: q.competencies,
    template: q.template,
    text: q.text,
    answerSeconds: q.answerSeconds,
  };
}

async function fromWorkspace(root: string, slug: string, round: string | undefined, appRoot: string): Promise<Row[] | null> {
  if (!fs.existsSync(path.join(root, 'workspace.json'))) return null;
  const { createCoreContext } = await import('../../core/openContext');
  const ctx = await createCoreContext({ root, shell: 'cli', appRoot, readOnly: true });
  try {
    if (!ctx.store.listCompanies().some((c) => c.slug === slug)) {
      const broken = brokenCompanyProblem(ctx.store, slug);
      if (broken) throw new UsageError(brokenCompanyMessage(broken, 'list its questions again.'));
      return null;
    }
    const { questionHandlers } = await import('../../core/handlers/questionHandlers');
    const list = questionHandlers(ctx)['questions.list'];
    if (!list) throw new Error('questions.list is not registered');
    const view = await list(round === undefined ? { company: slug } : { company: slug, round });
    return view.questions.filter((q) => !q.hidden).map((q) => ({ ...toRow(q, q.round), answers: q.answers.length, readiness: q.readiness }));
  } finally {
    ctx.store.close();
  }
}

export async function runQuestions(args: string[], io: CliIo): Promise<number> {
  const a = parseCliArgs(
    'questions',
    args,
    { company: { type: 'string' }, round: { type: 'string' }, json: { type: 'boolean' }, workspace: { type: 'string' } },
    { min: 0, max: 0, usage: USAGE },
  );
  const company = a.strings.company;
  if (!company) throw new UsageError(`dossier questions: --company is required. Usage: ${USAGE}`);
  const round = a.strings.round;
  const { defaultWorkspaceDir } = await import('../../core/workspace/openWorkspace');
  const root = a.strings.workspace ? path.resolve(io.cwd, a.strings.workspace) : defaultWorkspaceDir(io.env);
  let rows: Row[] | null;
  try {
    rows = await fromWorkspace(root, company, round, io.appRoot);
    if (rows === null) {
      const { listBank } = await import('../../core/questions/listBank');
      const listing = listBank(io.appRoot, null, company, round);
      for (const p of listing.problems) io.err(`${p.file}: ${p.field}: ${p.message}\n`);
      rows = listing.questions.map((q) => toRow(q, round ?? q.round));
    }
  } catch (err) {
    if (err instanceof DossierError && err.code === 'not-found') throw new UsageError(`dossier questions: ${err.message}`);
    throw err;
  }
  if (a.booleans.json) {
    io.out(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  const byRound = new Map<string, Row[]>();
  for (const r of rows) byRound.set(r.round, [...(byRound.get(r.round) ?? []), r]);
  for (const [id, list] of byRound) {
    io.out(`${id} (${list.length} ${list.length === 1 ? 'question' : 'questions'})\n`);
    for (const q of list) {
      const state = q.answers === undefined ? '' : q.answers > 0 ? ` · ${q.readiness ?? 0}% ready` : ' · not answered';
      io.out(`  ${q.text}\n    ${q.id} · ${q.sourceName} · ${q.template}${state}\n`);
    }
  }
  if (rows.length === 0) io.out('No questions.\n');
  return 0;
}
