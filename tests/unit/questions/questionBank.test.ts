// The built-in question banks: every file loads without problems, every question names a guide
// (or is marked general) and fits its profile's rounds and a real template; a malformed bank is
// reported with file and field, and the rest still loads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfiles } from '../../../src/core/companies/loadProfiles';
import { loadTemplatesFrom } from '../../../src/core/templates/registry';
import { bankReferences } from '../../../src/core/questions/buildQuestionsView';
import { loadQuestionBanks, parseBankFile } from '../../../src/core/questions/loadQuestionBank';
import { GUIDE_LABELS } from '../../../src/core/questions/questionSchema';
import { listBank } from '../../../src/core/questions/listBank';
import { sourceName } from '../../../src/core/questions/sourceName';

const appRoot = path.resolve(import.meta.dirname, '../../..');
const refs = bankReferences(loadProfiles(appRoot).profiles, loadTemplatesFrom(appRoot, null).templates);
const loaded = loadQuestionBanks(appRoot, refs);
const all = [...loaded.banks.values()].flat();

const good = {
  id: 'x-one',
  rounds: ['risk-governance'],
  text: 'Why does drift monitoring matter to an auditor?',
  competencies: ['regulatory-acumen'],
  source: 'jpmorgan',
  basis: 'implied',
  strongAnswer: ['Names the audit evidence.'],
  trap: 'Dashboards without records.',
  template: 'interview-answer',
  expects: [],
  answerSeconds: 120,
};
const bank = (questions: unknown[], profile = 'jpmorgan') => JSON.stringify({ profile, questions });

describe('built-in question banks', () => {
  it('load with no problems, one bank per company profile', () => {
    expect(loaded.problems).toEqual([]);
    expect([...loaded.banks.keys()].sort()).toEqual(['american-express', 'fintech', 'jpmorgan', 'wells-fargo']);
  });

  it('give every question a guide label or mark it general, and show the guide by name', () => {
    for (const q of all) {
      expect([...GUIDE_LABELS, 'general']).toContain(q.source);
      expect(sourceName(q.source)).not.toBe(q.source);
      if (q.source === 'general') expect(q.basis).toBe('general');
    }
    // Every guide contributes questions.
    for (const label of GUIDE_LABELS) expect(all.some((q) => q.source === label)).toBe(true);
  });

  it('contain the questions the guides name', () => {
    const texts = all.map((q) => q.text.toLowerCase());
    const named = [
      /stopped or substantially changed an ai project because of a regulatory concern/,
      /disagreed with your data science team/,
      /small-business loan approvals/,
      /precision, recall and f1/,
      /slipping for weeks/,
      /large language models/,
      /false-positive rate jumps right after a market shock/,
      /survive a quarterly audit/,
      /cross-border remittances/,
      /ethical debt/,
      /good enough to run in production/,
      /roll out a new ai-powered feature/,
    ];
    for (const re of named) expect(texts.some((t) => re.test(t)), String(re)).toBe(true);
  });

  it('has unique ids across banks', () => {
    const ids = all.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists a round for the CLI with id, round, source, competencies, template and text', () => {
    const listing = listBank(appRoot, null, 'jpmorgan', 'risk-governance');
    expect(listing.questions.length).toBeGreaterThan(2);
    for (const q of listing.questions) {
      expect(q.rounds).toContain('risk-governance');
      expect(q).toMatchObject({ id: expect.any(String), source: expect.any(String), template: expect.any(String), text: expect.any(String) });
    }
    expect(() => listBank(appRoot, null, 'nope')).toThrow(/no company profile “nope”/);
    expect(() => listBank(appRoot, null, 'jpmorgan', 'nope')).toThrow(/no round “nope”/);
  });
});

describe('a malformed bank', () => {
  it('names the file and field of each bad question and keeps the good ones', () => {
    const res = parseBankFile(
      'resources/questions/jpmorgan.json',
      bank([
        good,
        { ...good, id: 'x-two', source: 'guide-A' },
        { ...good, id: 'x-three', rounds: ['not-a-round'] },
        { ...good, id: 'x-four', template: 'no-such-template' },
        { ...good, id: 'x-five', competencies: [] },
        { ...good, id: 'x-one' },
        { ...good, id: 'x-six', source: 'general', basis: 'named' },
        (({ trap: _t, ...rest }) => ({ ...rest, id: 'x-seven' }))(good),
      ]),
      refs,
    );
    expect(res.questions.map((q) => q.id)).toEqual(['x-one']);
    const fields = res.problems.map((p) => `${p.file} ${p.field}`);
    expect(fields).toEqual([
      'resources/questions/jpmorgan.json questions.1.source',
      'resources/questions/jpmorgan.json questions.2.rounds.0',
      'resources/questions/jpmorgan.json questions.3.template',
      'resources/questions/jpmorgan.json questions.4.competencies',
      'resources/questions/jpmorgan.json questions.5.id',
      'resources/questions/jpmorgan.json questions.6.basis',
      'resources/questions/jpmorgan.json questions.7.trap',
    ]);
    expect(res.problems[6]?.message).toBe('is missing');
  });

  it('reads a bank saved with a byte-order mark', () => {
    expect(parseBankFile('b.json', '\uFEFF' + bank([good]), refs).questions.map((q) => q.id)).toEqual(['x-one']);
  });

  it('reports bad JSON and an unknown profile as file problems', () => {
    expect(parseBankFile('b.json', '{', refs).problems[0]).toMatchObject({ file: 'b.json', field: '(file)' });
    expect(parseBankFile('b.json', bank([good], 'acme'), refs).problems[0]).toMatchObject({ field: 'profile' });
    expect(parseBankFile('b.json', JSON.stringify({ questions: [] }), refs).problems[0]).toMatchObject({ field: 'profile' });
  });

  it('does not stop the others from loading', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bank-'));
    fs.mkdirSync(path.join(root, 'resources', 'questions'), { recursive: true });
    fs.cpSync(path.join(appRoot, 'resources', 'companies'), path.join(root, 'resources', 'companies'), { recursive: true });
    fs.writeFileSync(path.join(root, 'resources', 'questions', 'broken.json'), '{ not json');
    fs.writeFileSync(path.join(root, 'resources', 'questions', 'jpmorgan.json'), bank([good]));
    const res = loadQuestionBanks(root, refs);
    expect(res.banks.get('jpmorgan')?.map((q) => q.id)).toEqual(['x-one']);
    expect(res.problems).toEqual([expect.objectContaining({ file: 'resources/questions/broken.json', field: '(file)' })]);
  });
});
