// Rule packs: every DOMAIN rule id exists; a bad rule is reported with file and field and skipped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRule, loadRulePacks, parsePack, selectRules } from '../../../src/core/rubric/loadRulePacks';
import { appRoot } from './ruleHarness';

const DOMAIN_IDS = [
  'quantified-impact', 'baseline', 'tool-without-outcome', 'vanity-metric', 'compliance-afterthought', 'governance-terms',
  'vague-language', 'length-budget', 'speaking-time', 'comp-band', 'comp-benchmark', 'comp-range', 'section-required',
  'kill-story-elements', 'second-hand-disclosure', 'four-p-specifics', 'failure-modes', 'move-fast', 'regulatory-stance', 'confidentiality',
];

describe('built-in packs', () => {
  it('load without problems and hold every DOMAIN rule id', () => {
    const { rules, problems } = loadRulePacks(appRoot);
    expect(problems).toEqual([]);
    const ids = new Set(rules.map((r) => r.id));
    for (const id of DOMAIN_IDS) expect(ids.has(id), id).toBe(true);
    for (const r of rules) {
      expect(r.message.length).toBeGreaterThan(10);
      expect(r.why.length).toBeGreaterThan(10);
    }
  });
  it('apply company packs only to their company', () => {
    const { rules } = loadRulePacks(appRoot);
    const t = { id: 'comp-memo', rulePacks: ['core'] };
    const wf = selectRules(rules, t, 'wells-fargo').filter((r) => r.id === 'comp-band');
    expect(wf.map((r) => r.pack)).toEqual(['wells-fargo']);
    expect(selectRules(rules, t, null).filter((r) => r.id === 'comp-band').map((r) => r.pack)).toEqual(['core']);
    expect(selectRules(rules, t, 'fintech').some((r) => r.id === 'comp-benchmark')).toBe(false);
  });
});

describe('pack validation', () => {
  const good = { id: 'x', kind: 'pattern-absent', severity: 'warning', message: 'm', why: 'w', params: { patterns: [{ pattern: 'foo' }] } };
  it('reports an unknown kind with file and field', () => {
    const res = parsePack('resources/rubrics/bad.json', JSON.stringify({ pack: 'bad', rules: [good, { ...good, id: 'y', kind: 'nope' }] }));
    expect(res.rules.map((r) => r.id)).toEqual(['x']);
    expect(res.problems).toEqual([{ file: 'resources/rubrics/bad.json', field: 'rules[1].kind', message: expect.stringContaining('unknown rule kind “nope”') }]);
  });
  it('reports a missing message', () => {
    const { message: _m, ...noMessage } = good;
    const res = parsePack('p.json', JSON.stringify({ pack: 'p', rules: [noMessage] }));
    expect(res.problems[0]).toMatchObject({ file: 'p.json', field: 'rule.message'.replace('rule', 'rules[0]'), message: 'is missing' });
  });
  it('reports bad params, bad regexes, duplicates and bad JSON', () => {
    expect(parsePack('p.json', JSON.stringify({ pack: 'p', rules: [{ ...good, params: {} }] })).problems[0]?.field).toBe('rules[0].params.patterns');
    expect(parsePack('p.json', JSON.stringify({ pack: 'p', rules: [{ ...good, params: { patterns: [{ pattern: '(' }] } }] })).problems[0]?.field).toBe('rules[0].params');
    expect(parsePack('p.json', JSON.stringify({ pack: 'p', rules: [good, good] })).problems[0]?.field).toBe('rules[1].id');
    expect(parsePack('p.json', '{').problems[0]).toMatchObject({ file: 'p.json', field: '(file)' });
  });
  it('compileRule throws a readable error', () => {
    expect(() => compileRule({ ...good, severity: 'fatal' })).toThrow(/severity/);
  });
  it('skips a broken pack file in a real folder and keeps the rest', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-packs-'));
    fs.mkdirSync(path.join(dir, 'resources', 'rubrics'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'resources', 'rubrics', 'core.json'), JSON.stringify({ pack: 'core', rules: [good] }));
    fs.writeFileSync(path.join(dir, 'resources', 'rubrics', 'broken.json'), '{ nope');
    const res = loadRulePacks(dir);
    expect(res.rules.map((r) => r.id)).toEqual(['x']);
    expect(res.problems).toEqual([{ file: 'resources/rubrics/broken.json', field: '(file)', message: expect.stringContaining('not valid JSON') }]);
  });
});
