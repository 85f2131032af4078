// confidentiality's second signal (issue 9, newcomer trial of 30 Nov 19:00): a figure or fact the
// writer marks as non-public (unreleased, internal numbers, board deck, under NDA, confidential,
// 内部数据, 未公开, 保密) is flagged before export, with no private list; talking about
// confidentiality as a practice is not. Both export paths (the app's reviewBeforeExport and
// `dossier export`) ask before such a document leaves the machine.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import type { OpenedWorkspace } from '../../../src/core/workspace/openWorkspace';
import type { CoreContext } from '../../../src/core/context';
import { reviewBeforeExport } from '../../../src/core/export/privateTermGate';
import { mentionsNonPublic } from '../../../src/core/rubric/claims/nonPublic';
import { removeTempDirs, tempDir } from '../export/fixtures/tools';
import { docInput } from '../workspace/fixtures/docInput';
import { appRoot, findingsOf } from './ruleHarness';

afterAll(removeTempDirs);
const stores: OpenedWorkspace[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

const flags = (text: string, privateTerms: string[] = []) =>
  findingsOf('confidentiality', { text, template: 'impact-brief', section: 'problem', company: 'jpmorgan', privateTerms });

const NON_PUBLIC = 'Internally, our unreleased Q3 numbers show Chase lost $212M to Zelle scams; the board deck from last week says this is confidential.';

describe('confidentiality: figures and facts marked as non-public', () => {
  it.each([
    NON_PUBLIC,
    'The board deck puts next year’s fraud budget at $45M.',
    'Our not-yet-public pricing change will cut interchange by 12 bps.',
    'Under NDA: the merger will close in March and add 3 million card accounts.',
    'Internal numbers show dispute volume up 40% since the fee change.',
    'A colleague told me the board deck shows a $30M write-off next quarter.',
    '根据尚未公开的第三季度数据，我们的欺诈损失是2100万美元。',
    '内部数据显示，我们的欺诈损失在第三季度增加了3000万美元。',
    '董事会材料显示，明年的反欺诈预算是4500万美元。',
    '这个数字还没有公开：新模型让坏账率下降了18%。',
  ])('flags %s', (text) => {
    const f = flags(text);
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.message).toMatch(/not public/);
    expect(f[0]?.excerpt.length).toBeGreaterThan(2);
  });

  it.each([
    'I kept customer data confidential throughout the project.',
    'We never shared unreleased numbers outside the risk committee.',
    'For a confidential client, I cut chargebacks 30% in two quarters.',
    'Under NDA, I can only say the model cut losses by about 20%.',
    'This 9% figure is not confidential; it is in the 10-K.',
    'Chase’s 10-K reports $212M in Zelle-related fraud losses.',
    'The confidentiality review added two weeks to the launch.',
    'We cut fraud losses from $4.1M to $2.9M using internal data and a 5% holdout.',
    'I signed an NDA and treat every unreleased figure as confidential.',
    '我一直对客户数据严格保密。',
    '我们从不对外披露未公开的财务数字。',
    '项目全程遵守保密协议，所有数据都做了脱敏处理，欺诈损失下降了20%。',
  ])('does not flag %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('a private-list term in the same sentence is one finding, not two', () => {
    const f = flags('Project Falcon’s unreleased numbers show $212M in losses.', ['Project Falcon']);
    expect(f.map((x) => x.excerpt)).toEqual(['Project Falcon']);
  });

  it('the cheap pre-check sees every marker the rule reads', () => {
    expect(mentionsNonPublic(NON_PUBLIC)).toBe(true);
    expect(mentionsNonPublic('董事会材料显示')).toBe(true);
    expect(mentionsNonPublic('Cut fraud losses from $4.1M to $2.9M a year.')).toBe(false);
  });
});

function brief(problem: string): string {
  return `---\ntemplate: impact-brief\ncompany: jpmorgan\ntitle: Fraud scoring\n---\n## Problem\n\n${problem}\n`;
}

async function cliExport(problem: string, extra: string[] = []) {
  const cwd = tempDir();
  fs.writeFileSync(path.join(cwd, 'brief.md'), brief(problem));
  let err = '';
  const code = await runCli(['export', 'brief.md', '--format', 'md', '--out', 'x.md', ...extra], {
    out: () => undefined,
    err: (t) => (err += t),
    cwd,
    env: { PATH: process.env.PATH, DOSSIER_WORKSPACE: tempDir('dossier-ws-') },
    appRoot,
  });
  return { code, err, wrote: fs.existsSync(path.join(cwd, 'x.md')) };
}

function appReview(problem: string) {
  const root = tempDir();
  const store = openWorkspace(root);
  stores.push(store);
  const company = store.createCompany('JPMorgan Chase', 'jpmorgan');
  const doc = store.createDocument(docInput(company.slug, { title: 'Fraud scoring', templateId: 'impact-brief', sections: { problem } }));
  const ctx: CoreContext = { store, shell: 'cli', appRoot, printer: null, now: () => new Date(2026, 10, 30) };
  return reviewBeforeExport(ctx, 'jpmorgan', doc);
}

describe('both export paths ask before a non-public figure leaves, with no private list', () => {
  it('the app and dossier export agree on a non-public figure', async () => {
    const review = appReview(NON_PUBLIC);
    expect(review.privateTerms.map((f) => f.rule)).toEqual(['confidentiality']);
    const refused = await cliExport(NON_PUBLIC);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/not public/);
    expect(refused.err).toContain(review.privateTerms[0]?.excerpt ?? '∅');
    expect(refused.wrote).toBe(false);
    expect((await cliExport(NON_PUBLIC, ['--confirm-private-terms'])).code).toBe(0);
  });
  it('the app and dossier export agree on confidentiality as a practice', async () => {
    const text = 'I kept customer data confidential; fraud losses fell from $4.1M to $2.9M a year.';
    expect(appReview(text).privateTerms).toEqual([]);
    const ok = await cliExport(text);
    expect([ok.code, ok.wrote]).toEqual([0, true]);
  });
});
