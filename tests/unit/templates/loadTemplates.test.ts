// Template loading: the built-ins are valid; malformed files are reported with file and field and
// skipped; workspace templates load too; the cache follows file changes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTemplate, loadTemplatesFrom, parseTemplate } from '../../../src/core/templates/registry';

const appRoot = path.resolve(import.meta.dirname, '..', '..', '..');

describe('built-in templates', () => {
  const { templates, problems } = loadTemplatesFrom(appRoot, null);
  it('all load', () => {
    expect(problems).toEqual([]);
    expect(templates.map((t) => t.id).sort()).toEqual(
      [
        'case-answer',
        'comp-memo',
        'ethics-pitch',
        'explain-drift',
        'forensic-narrative',
        'four-p',
        'ice-sheet',
        'impact-brief',
        'interview-answer',
        'kill-story',
        'model-failure-recovery',
        'pre-mortem',
        'risk-scenario-case',
        'stakeholder-conflict',
        'three-c',
        'three-stage-impact',
        'value-prop-memo',
      ].sort(),
    );
  });
  it('have the sections the brief fixes', () => {
    const ids = (id: string) => findTemplate({ templates, problems }, id).sections.map((s) => s.id);
    expect(ids('impact-brief')).toEqual(['problem', 'decisions', 'outcome', 'risk', 'ice']);
    expect(ids('four-p')).toEqual(['problem', 'provenance', 'performance', 'policy']);
    expect(ids('three-stage-impact')).toEqual(['design', 'compliance', 'outcome']);
    expect(ids('forensic-narrative')).toEqual(['problem', 'hypothesis', 'action', 'result']);
    expect(ids('three-c')).toEqual(['customer', 'constraints', 'commerce', 'fintech-framing']);
    expect(ids('ice-sheet')).toEqual(['impact', 'complexity', 'execution']);
    expect(ids('comp-memo')).toEqual(['anchor', 'base', 'bonus-equity', 'sign-on', 'close']);
    expect(ids('interview-answer')).toEqual(['frame', 'story', 'result', 'lesson']);
    expect(ids('case-answer')).toEqual(['frame', 'metrics', 'solution', 'governance', 'rollout']);
  });
  it('budgets: one-page brief about 450 words, comp memo 2 min at 140 wpm', () => {
    const brief = findTemplate({ templates, problems }, 'impact-brief');
    expect(brief.wordBudget).toBe(450);
    expect(brief.pageBudget).toBe(1);
    const comp = findTemplate({ templates, problems }, 'comp-memo');
    expect(comp.spoken).toBe(true);
    expect(comp.speakingSeconds).toBe(120);
    expect(comp.wordBudget).toBe(280);
    const ethics = findTemplate({ templates, problems }, 'ethics-pitch');
    expect(ethics.sections.map((s) => s.speakingSeconds)).toEqual([30, 120]);
    for (const t of templates) {
      expect(t.origin).toBe('builtin');
      for (const s of t.sections) expect(s.guidance.weak && s.guidance.strong && s.guidance.tip).toBeTruthy();
    }
  });
  it('unknown id is a not-found error naming the id', () => {
    expect(() => findTemplate({ templates, problems }, 'nope')).toThrow(/nope/);
  });
});

describe('malformed templates', () => {
  const valid = JSON.parse(fs.readFileSync(path.join(appRoot, 'templates', 'ice-sheet.json'), 'utf8')) as Record<string, unknown>;
  it('names the field at fault', () => {
    const broken = { ...valid, sections: [{ ...(valid.sections as object[])[0], kind: 'video' }] };
    const res = parseTemplate('templates/x.json', JSON.stringify(broken), 'builtin');
    expect(res).toEqual({ problem: { file: 'templates/x.json', field: 'sections[0].kind', message: expect.any(String) } });
  });
  it('reports a missing field and bad JSON', () => {
    const { name: _n, ...noName } = valid;
    expect(parseTemplate('t.json', JSON.stringify(noName), 'builtin')).toEqual({ problem: { file: 't.json', field: 'name', message: 'is missing' } });
    expect(parseTemplate('t.json', '{', 'builtin')).toMatchObject({ problem: { file: 't.json', field: '(file)' } });
  });
  it('loads workspace templates, skips broken ones and id clashes, and sees changes', () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-tpl-'));
    fs.mkdirSync(path.join(ws, 'templates'));
    fs.writeFileSync(path.join(ws, 'templates', 'mine.json'), JSON.stringify({ ...valid, id: 'my-sheet', name: 'Mine' }));
    fs.writeFileSync(path.join(ws, 'templates', 'broken.json'), JSON.stringify({ ...valid, id: 'Bad Id' }));
    fs.writeFileSync(path.join(ws, 'templates', 'clash.json'), JSON.stringify(valid));
    const res = loadTemplatesFrom(appRoot, ws);
    const mine = res.templates.find((t) => t.id === 'my-sheet');
    expect(mine?.origin).toBe('templates/mine.json');
    expect(res.problems).toEqual([
      { file: 'templates/broken.json', field: 'id', message: expect.any(String) },
      { file: 'templates/clash.json', field: 'id', message: expect.stringContaining('already used') },
    ]);
    fs.writeFileSync(path.join(ws, 'templates', 'mine.json'), JSON.stringify({ ...valid, id: 'my-sheet', name: 'Mine, renamed' }));
    const future = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(ws, 'templates', 'mine.json'), future, future);
    expect(loadTemplatesFrom(appRoot, ws).templates.find((t) => t.id === 'my-sheet')?.name).toBe('Mine, renamed');
  });
});
