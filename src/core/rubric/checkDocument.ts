// Checks a document of the workspace: resolves the template, the company's profile (rule pack
// and bands) and the workspace settings (disabled rules, private terms), then runs checkText.
// createDocumentChecker reuses results for overviews that score every document at once.
import type { CoreContext } from '../context';
import type { CheckResult } from './types';
import type { CompanyFile } from '../workspace/schemas';
import { getTemplate, loadTemplates } from '../templates/registry';
import { openScoreCache, rulesKey } from './scoreCache';
import type { ScoreCache } from './scoreCache';
import { createHash } from 'node:crypto';
import type { Template } from '../templates/types';
import { COMPANY_PACKS, readRulePackFiles, rulesForChecking } from './loadRulePacks';
import type { CompiledRule } from './loadRulePacks';
import { companyBands } from './companyBands';
import { findProfile } from '../companies/loadProfiles';
import { checkWithEnv } from './checkWithEnv';
import type { CheckData, CheckEnv } from './checkWithEnv';
import { DossierError } from '../errors';
import type { Competency } from '../workspace/competency';
import { decodeUndermined, encodeUndermined, undermined } from '../companies/competencyEvidence';

export interface CheckInput {
  /** Company folder slug (its profile picks the company rule pack) or a profile id. */
  company: string | null;
  templateId: string;
  /** The document's title, read with its sections to choose the findings' language. */
  title?: string;
  sections: Record<string, string>;
  silencedRules: string[];
}

/** A company argument as a profile id plus, for a workspace folder, its company file. */
export function resolveCompany(ctx: CoreContext, company: string | null): { profileId: string | null; file: CompanyFile | null } {
  if (company === null || company === '') return { profileId: null, file: null };
  try {
    const file = ctx.store.getCompany(company);
    return { profileId: file.profileId, file };
  } catch (err) {
    if (COMPANY_PACKS.includes(company)) return { profileId: company, file: null };
    if (err instanceof DossierError && err.code === 'not-found') {
      throw new DossierError('not-found', `There is no company “${company}” in this workspace, and it is not a profile id (${COMPANY_PACKS.join(', ')}).`);
    }
    throw err;
  }
}

/** The company's profile, bands and the workspace settings a check depends on. */
export function resolveCheckEnv(ctx: CoreContext, company: string | null): CheckEnv {
  const { profileId, file } = resolveCompany(ctx, company);
  const settings = ctx.store.workspace().settings;
  return {
    company,
    profileId,
    bands: companyBands(findProfile(ctx.appRoot, profileId), file),
    privateTerms: settings.privateTerms,
    disabled: settings.disabledRules,
    findingsLanguage: settings.findingsLanguage,
  };
}

/** What the editor's worker needs to check a company's documents exactly as the server does. */
export function checkDataFor(ctx: CoreContext, company: string | null): CheckData {
  rulesForChecking(ctx.appRoot); // refuses while a pack has a problem, as every check does
  return { packs: readRulePackFiles(ctx.appRoot), env: resolveCheckEnv(ctx, company) };
}

type DocInput = Omit<CheckInput, 'company'>;

export function checkDocument(ctx: CoreContext, input: CheckInput): CheckResult {
  const env = resolveCheckEnv(ctx, input.company);
  return checkWithEnv(rulesForChecking(ctx.appRoot), env, getTemplate(ctx, input.templateId), input);
}

interface Memo {
  template: Template;
  packs: CompiledRule[];
  result: CheckResult;
}

const memos = new WeakMap<CoreContext, Map<string, Memo>>();
const MEMO_LIMIT = 5_000;

/**
 * A checker for overviews that score every saved document of a company (readiness, dashboard):
 * the company, settings, bands and rule packs are resolved once, and a result is reused while the
 * text, settings, bands, template and packs are the same. Templates and packs are compared by
 * identity (their loaders return the same object until a file changes); the rest by a digest.
 * Treat the results as read-only.
 */
export function createDocumentChecker(ctx: CoreContext, company: string | null): (doc: DocInput) => CheckResult {
  return createCheckers(ctx, company).check;
}

/**
 * Scores for overviews (dashboard, scored document lists): like createDocumentChecker, and
 * also kept across runs in the workspace's .dossier/scores.json (scoreCache.ts), so the first
 * dashboard of a session does not check every document again. Never used for the editor's
 * findings, which are always checked live.
 */
export function createScoreChecker(ctx: CoreContext, company: string | null): (doc: DocInput) => number {
  return createCheckers(ctx, company).score;
}

/**
 * Like createScoreChecker, plus which competencies the document's big mistakes undermine
 * (competencyEvidence.ts), cached beside the score: what coverage needs to count a draft as evidence.
 */
export function createReadinessChecker(ctx: CoreContext, company: string | null): (doc: DocInput) => { score: number; undermined: Map<Competency, string> } {
  return createCheckers(ctx, company).readiness;
}

let rulesMemo: { packs: unknown; templates: unknown; key: string } | null = null;

interface Checkers {
  check: (doc: DocInput) => CheckResult;
  score: (doc: DocInput) => number;
  readiness: (doc: DocInput) => { score: number; undermined: Map<Competency, string> };
}

function createCheckers(ctx: CoreContext, company: string | null): Checkers {
  const env = resolveCheckEnv(ctx, company);
  const packs = rulesForChecking(ctx.appRoot);
  const templates = new Map<string, Template>();
  let memo = memos.get(ctx);
  if (!memo) {
    memo = new Map();
    memos.set(ctx, memo);
  }
  const cache = memo;
  let scores: ScoreCache | null = null;
  const scoreCache = (): ScoreCache => {
    if (scores) return scores;
    const packFiles = readRulePackFiles(ctx.appRoot);
    const all = loadTemplates(ctx).templates;
    if (!rulesMemo || rulesMemo.packs !== packFiles || rulesMemo.templates !== all) {
      rulesMemo = { packs: packFiles, templates: all, key: rulesKey(packFiles, all) };
    }
    scores = openScoreCache(ctx.store.root, rulesMemo.key, ctx.store.readOnly !== true);
    return scores;
  };
  const templateOf = (id: string): Template => {
    let template = templates.get(id);
    if (!template) {
      template = getTemplate(ctx, id);
      templates.set(id, template);
    }
    return template;
  };
  const digestOf = (template: Template, doc: DocInput): string =>
    createHash('sha1')
      .update(JSON.stringify([template.id, env.company, doc.title, doc.sections, doc.silencedRules, env.disabled, env.privateTerms, env.bands, env.findingsLanguage]))
      .digest('base64');
  const run = (template: Template, digest: string, doc: DocInput): CheckResult => {
    const hit = cache.get(digest);
    if (hit && hit.template === template && hit.packs === packs) return hit.result;
    const result = checkWithEnv(packs, env, template, doc);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(digest, { template, packs, result });
    return result;
  };
  const score = (template: Template, digest: string, doc: DocInput): number => {
    const hit = cache.get(digest);
    if (hit && hit.template === template && hit.packs === packs) return hit.result.score;
    const stored = scoreCache().get(digest);
    if (stored !== undefined) return stored;
    const value = run(template, digest, doc).score;
    scoreCache().set(digest, value);
    return value;
  };
  return {
    check: (doc) => {
      const template = templateOf(doc.templateId);
      return run(template, digestOf(template, doc), doc);
    },
    score: (doc) => {
      const template = templateOf(doc.templateId);
      return score(template, digestOf(template, doc), doc);
    },
    readiness: (doc) => {
      const template = templateOf(doc.templateId);
      const digest = digestOf(template, doc);
      // Kept under a key of its own beside the score (the cache holds numbers).
      const key = `${digest}|undermined`;
      const hit = cache.get(digest);
      const stored = hit && hit.template === template && hit.packs === packs ? undefined : scoreCache().get(key);
      if (stored !== undefined) return { score: score(template, digest, doc), undermined: decodeUndermined(stored) };
      const result = run(template, digest, doc);
      const found = undermined(result.findings);
      scoreCache().set(digest, result.score);
      scoreCache().set(key, encodeUndermined(found));
      return { score: result.score, undermined: found };
    },
  };
}
