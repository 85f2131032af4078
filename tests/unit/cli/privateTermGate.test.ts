// The confidentiality gate before an export (breaker F1, F1a, F1b): a private term written the
// way people write it (wrapped, pasted from Word, emphasised, NFD, in a heading, or with
// look-alike letters from another script) stops
// `dossier export` with exit 2 and the --confirm-private-terms line, and stops the app's export
// (browser mode and the desktop app share exportHandlers) with needs-confirmation. Without
// --workspace or $DOSSIER_WORKSPACE the default workspace's private list applies, whatever the
// file names as its company.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import type { CoreContext } from '../../../src/core/context';
import { exportHandlers } from '../../../src/core/handlers/exportHandlers';
import { removeTempDirs, tempDir } from '../export/fixtures/tools';
import { docInput } from '../workspace/fixtures/docInput';
import { repoRoot, runCliCaptured } from './runCliCaptured';
import { withoutErrorsLeft } from './fixtures/errorsLeft';

afterAll(removeTempDirs);

const TERMS = ['Project Falcon', 'Acmebank', 'José'];

function brief(approach: string, opts: { company?: string | null; extra?: string } = {}): string {
  const company = opts.company === undefined ? 'wells-fargo' : opts.company;
  return [
    '---',
    'template: impact-brief',
    ...(company === null ? [] : [`company: ${company}`]),
    'title: Fraud scoring',
    '---',
    '## Problem',
    'Card fraud losses at the bank were 12 bps of volume in 2023.',
    '',
    '## Approach',
    approach,
    '',
    ...(opts.extra ? [opts.extra, 'The launch went well.', ''] : []),
    '## Outcome',
    'Losses fell 20% from a 12 bps baseline within two quarters.',
    '',
  ].join('\n');
}

function workspaceWithTerms(root: string): string {
  const store = openWorkspace(root);
  store.updateSettings({ privateTerms: TERMS });
  store.close();
  return root;
}

async function exportFile(text: string, args: string[], env: Record<string, string | undefined> = {}) {
  const cwd = tempDir('dossier-gate-');
  fs.writeFileSync(path.join(cwd, 'doc.md'), text);
  const r = await runCliCaptured(['export', 'doc.md', '--format', 'html', '--out', 'x.html', ...args], { cwd, env });
  return { ...r, wrote: fs.existsSync(path.join(cwd, 'x.html')) };
}

// The breaker's bypasses (breaker-cases/private): each renders the term to a reader.
const BYPASSES: [string, string][] = [
  ['a line wrap', 'We shipped Project\nFalcon with the model risk team.'],
  ['NBSP', 'We shipped Project\u00a0Falcon with the model risk team.'],
  ['&nbsp;', 'We shipped Project&nbsp;Falcon with the model risk team.'],
  ['two spaces', 'We shipped Project  Falcon with the model risk team.'],
  ['a tab', 'We shipped Project\tFalcon with the model risk team.'],
  ['emphasis', 'We shipped *Project* Falcon with the model risk team.'],
  ['NFD', 'We asked Jose\u0301 on the model risk team.'],
  ['a soft hyphen', 'We shipped Proj\u00adect Falcon with the model risk team.'],
  ['a zero-width space', 'We shipped Proj\u200bect Falcon with the model risk team.'],
  ['a zero-width joiner', 'We shipped Proj\u200dect Falcon with the model risk team.'],
  ['a word joiner', 'We shipped Project\u2060 Falcon with the model risk team.'],
  ['an HTML comment', 'Our client Acme<!-- -->bank signed first.'],
  ['an empty tag', 'Our client Acme<b></b>bank signed first.'],
  ['strong markers', 'Our client **Acme**bank signed first.'],
  // Look-alike letters (UTS #39 skeletons)
  ['a Cyrillic о', 'We shipped Pr\u043eject Falcon with the model risk team.'],
  ['a Greek omicron', 'We shipped Project Falc\u03bfn with the model risk team.'],
  ['Cyrillic capitals', 'Our client \u0410\u0421\u041c\u0415BANK signed first.'],
  ['mathematical bold', 'Our client \u{1d400}\u{1d41c}\u{1d426}\u{1d41e}\u{1d41b}\u{1d41a}\u{1d427}\u{1d424} signed first.'],
  ['an accent typed to dodge', 'We shipped Project F\u00e1lcon with the model risk team.'],
  ['a combining grapheme joiner', 'We shipped Project Fal\u034fcon with the model risk team.'],
  ['a variation selector', 'We shipped Project Falc\ufe0fon with the model risk team.'],
  ['letters stored backwards under a right-to-left override', 'We shipped \u202enoclaF tcejorP\u202c with the model risk team.'],
];

describe('dossier export refuses a private term however it is written', () => {
  it.each(BYPASSES)('%s', async (_, approach) => {
    const ws = workspaceWithTerms(tempDir('dossier-ws-'));
    const r = await exportFile(brief(approach), ['--workspace', ws]);
    expect(r.stderr).toMatch(/^dossier export: doc\.md mentions details you mark as not public or terms from your private list \(“.+”\)\. .*--confirm-private-terms/);
    expect(r.code).toBe(2);
    expect(r.wrote).toBe(false);
  });

  it('a term in a section heading (F1a)', async () => {
    const ws = workspaceWithTerms(tempDir('dossier-ws-'));
    const r = await exportFile(brief('We shipped it.', { extra: '## Project Falcon results' }), ['--workspace', ws]);
    expect(r.stderr).toMatch(/private list \(“Project Falcon”\)/);
    expect(r.code).toBe(2);
    expect(r.wrote).toBe(false);
    const ok = await exportFile(brief('We shipped it.', { extra: '## Falconry results' }), ['--workspace', ws]);
    expect(withoutErrorsLeft(ok.stderr)).toBe('');
    expect(ok.code).toBe(0);
  });

  it('still exports a file whose words only look alike (Falconry, Acmebanking)', async () => {
    const ws = workspaceWithTerms(tempDir('dossier-ws-'));
    const r = await exportFile(brief('Falconry and Acmebanking are different words.'), ['--workspace', ws]);
    expect(withoutErrorsLeft(r.stderr)).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('without --workspace, the default workspace’s private list applies (F1b)', () => {
  const home = process.env.HOME;
  afterEach(() => {
    process.env.HOME = home;
  });

  it.each([['wells-fargo'], ['jpmorgan'], [null], ['Wells Fargo']])('company: %s', async (company) => {
    const fakeHome = tempDir('dossier-home-');
    workspaceWithTerms(path.join(fakeHome, 'Documents', 'Dossier'));
    process.env.HOME = fakeHome; // os.homedir() reads it
    const r = await exportFile(brief('We shipped Project Falcon with the model risk team.', { company }), [], { HOME: fakeHome });
    expect(r.stderr).toMatch(/private list \(“Project Falcon”\).*--confirm-private-terms/);
    expect(r.code).toBe(2);
    expect(r.wrote).toBe(false);
  });

  it('dossier check reports the term too', async () => {
    const fakeHome = tempDir('dossier-home-');
    workspaceWithTerms(path.join(fakeHome, 'Documents', 'Dossier'));
    process.env.HOME = fakeHome;
    const cwd = tempDir('dossier-gate-');
    fs.writeFileSync(path.join(cwd, 'doc.md'), brief('We shipped Project\nFalcon with the model risk team.'));
    const r = await runCliCaptured(['check', 'doc.md', '--json'], { cwd });
    const findings = (JSON.parse(r.stdout) as { findings: { rule: string; excerpt: string }[] }).findings;
    expect(findings.filter((f) => f.rule === 'confidentiality').map((f) => f.excerpt)).toEqual(['Project Falcon']);
  });
});

describe('the app’s export (browser mode, desktop) asks first', () => {
  function setup(sections: Record<string, string>) {
    const root = tempDir('dossier-ws-');
    const store = openWorkspace(root);
    store.updateSettings({ privateTerms: TERMS });
    const company = store.createCompany('Wells Fargo', 'wells-fargo');
    const doc = store.createDocument(docInput(company.slug, { title: 'Fraud scoring', sections }));
    const ctx: CoreContext = { store, shell: 'cli', appRoot: repoRoot, printer: null, now: () => new Date() };
    return { store, slug: company.slug, id: doc.id, h: exportHandlers(ctx) };
  }

  it.each([
    ['a heading', { problem: 'Losses were 12 bps.', 'extra:Project Falcon results': 'The launch went well.' }, 'Project Falcon'],
    ['a line wrap', { problem: 'We shipped Project\nFalcon.' }, 'Project Falcon'],
    ['an HTML comment', { problem: 'Our client Acme<!-- -->bank.' }, 'Acme bank'],
    ['a Cyrillic о', { problem: 'We shipped Pr\u043eject Falcon.' }, 'Pr\u043eject Falcon'],
  ])('%s', async (_, sections, excerpt) => {
    const { store, slug, id, h } = setup(sections);
    try {
      const run = h['export.document'];
      if (!run) throw new Error('export.document is not registered');
      const err = await run({ company: slug, id, format: 'docx' }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'needs-confirmation' });
      const findings = (err as { details: { findings: { rule: string; excerpt: string }[] } }).details.findings;
      expect(findings.map((f) => [f.rule, f.excerpt])).toEqual([['confidentiality', excerpt]]);
    } finally {
      store.close();
    }
  });
});
