// Live rubric: a vague, unquantified sentence is underlined and listed; a quantified one clears it.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startApp } from './helpers';
import type { TestApp } from './helpers';
import { countSectionWords } from '../../src/shared/wordCount';

let app: TestApp;

test.beforeAll(async () => {
  app = await startApp({ sample: true });
});
test.afterAll(async () => {
  await app?.dispose();
});

/** Opens a new impact brief in the sample company. */
async function newImpactBrief(page: Page): Promise<void> {
  await page.goto(app.server.url);
  await page.getByTestId('new-document').first().click();
  await page.getByTestId('template-impact-brief').click();
}

const VAGUE = 'Worked on a churn model that helped the retention team a lot.';
const CLEAN =
  'Cut monthly card churn from 4.1% to 3.2% within two quarters, worth $1.8M a year compared with the old rules.';

test('typing a vague sentence underlines it and lists findings; a quantified sentence clears them', async ({
  page,
}) => {
  await newImpactBrief(page);

  const outcome = page.getByTestId('section-outcome');
  const editor = outcome.locator('.cm-content');
  await editor.click();
  await page.keyboard.type(VAGUE);

  await expect(outcome.locator('.cm-lintRange').first()).toBeVisible();
  const panelFindings = page.locator(
    '[data-testid="finding"][data-section="outcome"][data-silenced="false"]',
  );
  await expect(panelFindings.filter({ hasText: /./ }).first()).toBeVisible();
  // The first findings shown may be those of a check made while the sentence was half typed.
  await expect
    .poll(() => panelFindings.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule'))))
    .toEqual(expect.arrayContaining(['quantified-impact']));

  // A click on the finding selects its text in the editor.
  await panelFindings
    .filter({ has: page.locator('.finding-message') })
    .first()
    .locator('.finding-jump')
    .click();
  await expect(editor).toBeFocused();

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(CLEAN);
  await expect(outcome.locator('.cm-lintRange')).toHaveCount(0);
  await expect(
    page.locator('[data-testid="finding"][data-section="outcome"][data-rule="quantified-impact"]'),
  ).toHaveCount(0);
  await expect(
    page.locator('[data-testid="finding"][data-section="outcome"][data-rule="vague-language"]'),
  ).toHaveCount(0);

  const perf = await page.evaluate(
    () =>
      (window as unknown as { __dossierPerf?: { lastCheckMs: number; count: number } })
        .__dossierPerf,
  );
  expect(perf?.count).toBeGreaterThan(0);
  expect(perf?.lastCheckMs).toBeGreaterThanOrEqual(0);
});

test('underlines and the panel follow typing before, inside and after a finding', async ({ page }) => {
  await newImpactBrief(page);
  const outcome = page.getByTestId('section-outcome');
  await outcome.locator('.cm-content').click();
  await page.keyboard.type('We shipped it with various teams.');
  const vague = page.locator('[data-testid="finding"][data-section="outcome"][data-rule="vague-language"]');
  await expect(vague).toHaveCount(1);
  const underlined = outcome.locator('.cm-lintRange', { hasText: 'various' });
  await expect(underlined).toHaveText('various');
  // Typing before the finding moves it: the underline stays on the word (mapped, not redrawn).
  await page.keyboard.press('Home');
  await page.keyboard.type('Finally, ');
  await expect(underlined).toHaveText('various');
  await expect(vague).toHaveCount(1);
  // Typing after it changes nothing visible; a second vague word adds a finding and an underline.
  await page.keyboard.press('End');
  await page.keyboard.type(' It had a significant effect.');
  await expect(vague).toHaveCount(2);
  await expect(outcome.locator('.cm-lintRange', { hasText: 'significant' })).toHaveText('significant');
  // Removing the first vague word removes its finding and underline, and keeps the other one.
  await underlined.click();
  await page.keyboard.press('ControlOrMeta+Backspace');
  await page.keyboard.type('three risk');
  await expect(vague).toHaveCount(1);
  await expect(outcome.locator('.cm-lintRange', { hasText: 'various' })).toHaveCount(0);
  await expect(outcome.locator('.cm-lintRange', { hasText: 'significant' })).toHaveText('significant');
  // Silencing the rule for the document updates the item in place (memoised, but its finding changed).
  await vague.getByRole('button', { name: 'Silence for this document' }).click();
  await expect(vague).toHaveAttribute('data-silenced', 'true');
  await expect(vague.getByRole('button', { name: 'Check again in this document' })).toBeVisible();
});

test('a one-click fix edits the section text and is saved', async ({ page }) => {
  await newImpactBrief(page);
  const missing = page.locator(
    '[data-testid="finding"][data-section="outcome"][data-rule="section-required"]',
  );
  await expect(missing).toHaveCount(1);
  await missing.getByTestId('finding-fix').click();
  // The fix for a missing section scaffolds it with its prompt as a comment to write under.
  await expect(page.getByTestId('section-outcome').locator('.cm-content')).toContainText('<!--');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
});

test('once loaded, the main thread checks each key in the key’s own task; a long document goes to the worker', async ({
  page,
}) => {
  await newImpactBrief(page);
  // The main-thread check loads in idle time after the document opens.
  await page.waitForFunction(() => window.__dossierMainCheck !== undefined, undefined, {
    timeout: 20_000,
  });
  // For each key: where its findings came from, and whether they were committed before any other
  // task ran after the key's input event (a message posted from the input event is such a task).
  await page.evaluate(() => {
    const log: { from: string; sameTask: boolean }[] = [];
    (window as unknown as { __keyLog: typeof log }).__keyLog = log;
    let sameTask = false;
    addEventListener(
      'input',
      () => {
        sameTask = true;
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          sameTask = false;
        };
        ch.port2.postMessage(0);
      },
      true,
    );
    addEventListener('dossier:findings-committed', (e) => {
      log.push({ from: (e as CustomEvent<{ from: string }>).detail.from, sameTask });
    });
  });
  const outcome = page.getByTestId('section-outcome');
  await outcome.locator('.cm-content').click();
  await page.keyboard.type(VAGUE);
  await expect(
    page.locator('[data-testid="finding"][data-section="outcome"][data-rule="vague-language"]'),
  ).not.toHaveCount(0);
  const log = await page.evaluate(
    () => (window as unknown as { __keyLog: { from: string; sameTask: boolean }[] }).__keyLog,
  );
  expect(log.length).toBe(VAGUE.length);
  expect(log.every((k) => k.from === 'main' && k.sameTask)).toBe(true);
  // With the main thread checking, the worker (a second copy of the rubric and wink's model) is stopped.
  const checkWorkers = () => page.workers().filter((w) => w.url().includes('liveCheck.worker')).length;
  await expect.poll(checkWorkers).toBe(0);

  // Over 40,000 characters the check's cost is not bounded by a frame: the worker takes it.
  const long = `${'Cut review time from nine days to four for the card team. '.repeat(800)}`;
  await page.keyboard.insertText(long);
  await page.keyboard.type(' Done');
  // A worker is started again for it, and its first answer is shown (no further key needed).
  await expect
    .poll(() => page.evaluate(() => window.__dossierPerf?.from), { timeout: 30_000 })
    .toBe('worker');
  expect(checkWorkers()).toBe(1);
});

test('typing re-renders neither the tags nor the side panel, and the side panel only with its findings', async ({
  page,
}) => {
  await newImpactBrief(page);
  await page.waitForFunction(() => window.__dossierMainCheck !== undefined, undefined, {
    timeout: 20_000,
  });
  const outcome = page.getByTestId('section-outcome');
  await outcome.locator('.cm-content').click();
  // Count from here on (src/renderer/src/lib/renderCount.ts).
  await page.evaluate(() => {
    window.__dossierRenderCounts = {};
  });
  // New words change the word count and the score; the vague words add findings.
  await page.keyboard.type(VAGUE);
  await expect(
    page.locator('[data-testid="finding"][data-section="outcome"][data-rule="vague-language"]'),
  ).not.toHaveCount(0);
  const counts = await page.evaluate(() => ({ ...window.__dossierRenderCounts }));
  const n = (name: string) => counts[name] ?? 0;
  // The editor did re-render (checks changed what it shows)...
  expect(n('EditorBody')).toBeGreaterThan(0);
  // ...but the tags never depend on the text,
  expect(n('TagsPicker')).toBe(0);
  // the side panel re-renders only when the findings list does (its child), not on every check,
  expect(n('SidePanel')).toBeLessThanOrEqual(n('FindingsPanel'));
  expect(n('SidePanel')).toBeLessThan(n('EditorBody'));
  // and the stats only when their figures change (a new word, a new score), not on every check.
  expect(n('DocStats')).toBeGreaterThan(0);
  expect(n('DocStats')).toBeLessThan(VAGUE.length);
});

test('a new word re-renders the section header and the stats line, not the editor body; both show the new count', async ({
  page,
}) => {
  await newImpactBrief(page);
  await page.waitForFunction(() => window.__dossierMainCheck !== undefined, undefined, {
    timeout: 20_000,
  });
  const outcome = page.getByTestId('section-outcome');
  await outcome.locator('.cm-content').click();
  await page.keyboard.type(VAGUE);
  await expect(
    page.locator('[data-testid="finding"][data-section="outcome"][data-rule="vague-language"]'),
  ).not.toHaveCount(0);
  await page.evaluate(() => {
    window.__dossierRenderCounts = {};
  });
  // Twenty more words, one key at a time; after each, the renders it caused (every check calls
  // back, and __dossierPerf.count counts those calls).
  const snapshot = () =>
    page.evaluate(() => ({
      counts: { ...window.__dossierRenderCounts },
      checks: window.__dossierPerf?.count ?? 0,
      saving: document.querySelector('[data-testid="save-status"]')?.textContent ?? '',
    }));
  let before = await snapshot();
  /** Keys that start a word but whose check changed nothing the editor body shows (no commit), and what they re-rendered. */
  const quiet: { body: number; block: number; stats: number }[] = [];
  let typed = VAGUE;
  for (const ch of ` ${CLEAN}`) {
    const newWord = countSectionWords(typed + ch) !== countSectionWords(typed);
    typed += ch;
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    await page.waitForFunction((n) => (window.__dossierPerf?.count ?? 0) > n, before.checks);
    const after = await snapshot();
    const d = (name: string) => (after.counts[name] ?? 0) - (before.counts[name] ?? 0);
    // An autosave (400 ms after the last key, on a slow machine between two keys) re-renders the
    // body for its status: such keys are left out.
    const saved = before.saving !== 'Unsaved' || after.saving !== 'Unsaved';
    if (newWord && !saved && d('CheckCommit') === 0) quiet.push({ body: d('EditorBody'), block: d('SectionBlock'), stats: d('DocStats') });
    before = after;
  }
  const words = countSectionWords(`${VAGUE} ${CLEAN}`);
  await expect(outcome.getByTestId('section-words')).toHaveText(new RegExp(`^${words} / \\d+ words$`));
  await expect(page.getByTestId('word-count')).toContainText(String(words));
  // The word counts come from a store (wordCountStore.ts): a key that only changes a count
  // re-renders the section's block and the stats line, not the editor body (before the store, the
  // count was the body's state and each new word re-rendered all of it, and the check's word
  // count made every new word a commit).
  expect(quiet.length).toBeGreaterThan(0);
  for (const q of quiet) expect(q).toEqual({ body: 0, block: 1, stats: 1 });
});

test('typing in one section re-renders neither the grouped vague-words card nor the cards whose findings did not change', async ({
  page,
}) => {
  await newImpactBrief(page);
  await page.waitForFunction(() => window.__dossierMainCheck !== undefined, undefined, {
    timeout: 20_000,
  });
  // Six vague words: one shared card (panelCards.ts).
  await page.getByTestId('section-outcome').locator('.cm-content').click();
  await page.keyboard.type('Helped various teams really leveraged a lot of very good data.');
  await expect(page.getByTestId('finding-vague')).toHaveCount(1);
  const cards = await page.getByTestId('finding').count();
  expect(cards).toBeGreaterThan(1);
  await page.evaluate(() => {
    window.__dossierRenderCounts = {};
  });
  // Another section: its findings change (its to-do goes, its sentence is judged), the outcome's stay.
  await page.getByTestId('section-problem').locator('.cm-content').click();
  await page.keyboard.type('Card fraud cost the bank money.');
  await expect(page.locator('[data-testid="finding"][data-section="problem"][data-rule="section-required"]')).toHaveCount(0);
  const counts = await page.evaluate(() => ({ ...window.__dossierRenderCounts }));
  const n = (name: string) => counts[name] ?? 0;
  expect(n('FindingsPanel')).toBeGreaterThan(0);
  // The vague card groups the same finding objects at every check (stableFindings), so it is
  // skipped (a custom memo comparison: its card object is new each time).
  expect(n('VagueCard')).toBe(0);
  // Each panel render re-renders only the cards whose finding changed, not every card.
  expect(n('FindingItem')).toBeLessThan(n('FindingsPanel') * cards);
});

test('the regions a keystroke does not change are paint-isolated, and an underline’s tooltip still shows whole beside it', async ({
  page,
}) => {
  await newImpactBrief(page);
  // Containment (app.css) lets Chromium reuse the recorded paint of the sidebar and the side panel
  // on each keystroke; the header and each section get layout containment only, so focus rings
  // at their edges are not clipped.
  // The computed value, with the shorthands written out ('content' is layout paint style).
  const contain = async (selector: string) =>
    (await page.locator(selector).first().evaluate((el) => getComputedStyle(el).contain))
      .replace('strict', 'size layout paint style')
      .replace('content', 'layout paint style');
  expect(await contain('.sidebar')).toMatch(/paint/);
  expect(await contain('.doc-side')).toMatch(/paint/);
  expect(await contain('.doc-header')).toMatch(/layout/);
  expect(await contain('.doc-header')).not.toMatch(/paint/);
  expect(await contain('.doc-section')).toMatch(/layout/);
  expect(await contain('.doc-section')).not.toMatch(/paint/);
  // A section is the containing block of the editor's tooltips now: the hover tooltip must still
  // sit next to its underline, inside the window, not offset by the section's position.
  const outcome = page.getByTestId('section-outcome');
  await outcome.locator('.cm-content').click();
  await page.keyboard.type('We shipped it with various teams.');
  const underlined = outcome.locator('.cm-lintRange', { hasText: 'various' });
  await expect(underlined).toHaveText('various');
  await underlined.hover();
  const tooltip = page.locator('.cm-tooltip-hover');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/vague|specific|various/i);
  const word = await underlined.boundingBox();
  const tip = await tooltip.boundingBox();
  const viewport = page.viewportSize();
  expect(word && tip && viewport).toBeTruthy();
  if (!word || !tip || !viewport) return;
  // Just below (or above) the word, overlapping it horizontally, and inside the window.
  const gap = Math.min(Math.abs(tip.y - (word.y + word.height)), Math.abs(word.y - (tip.y + tip.height)));
  expect(gap).toBeLessThan(24);
  expect(tip.x).toBeLessThan(word.x + word.width);
  expect(tip.x + tip.width).toBeGreaterThan(word.x);
  expect(tip.y).toBeGreaterThanOrEqual(0);
  expect(tip.y + tip.height).toBeLessThanOrEqual(viewport.height);
});
