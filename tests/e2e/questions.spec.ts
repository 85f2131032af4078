// Questions end to end: open a JPMorgan round, start an answer from a question, write it,
// practise it with the timer from the keyboard, and see the round's readiness rise; the
// dashboard's next step points at a round; guide names are labels, not link-like, on every tab.
// Screenshots: test-results/screens/questions-round.png, practice-session.png and
// source-labels-checklist.png.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { callFromPage, startApp } from './helpers';
import type { TestApp } from './helpers';

let app: TestApp;

test.beforeAll(async () => {
  app = await startApp();
});
test.afterAll(async () => {
  await app?.dispose();
});

async function readiness(page: Page): Promise<number> {
  const value = await page.getByTestId('round-readiness').getAttribute('data-value');
  return Number(value);
}

/**
 * Every guide-name label on the page looks like a label, not a link: no underline, no pointer, not
 * the link or info colour, not focusable. Returns how many were checked.
 */
async function expectSourceLabelsNotLinks(page: Page): Promise<number> {
  const labels = page.getByTestId('source-label');
  await expect(labels.first()).toBeVisible();
  const found = await labels.evaluateAll((els) => {
    const resolve = (value: string) => {
      const probe = document.createElement('span');
      probe.style.color = value;
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    };
    const linkish = [resolve('var(--accent)'), resolve('var(--info)')];
    return els.map((el) => {
      const s = getComputedStyle(el);
      return {
        text: el.textContent ?? '',
        cursor: s.cursor,
        underline: s.textDecorationLine.includes('underline'),
        linkColour: linkish.includes(s.color),
        interactive: el.closest('a, button') !== null || el.hasAttribute('tabindex'),
      };
    });
  });
  for (const f of found) expect(f, f.text).toMatchObject({ cursor: 'default', underline: false, linkColour: false, interactive: false });
  return found.length;
}

async function typeInto(page: Page, section: string, text: string) {
  await page.getByTestId(`editor-${section}`).locator('.cm-content').click();
  await page.keyboard.type(text);
}

test('a JPMorgan round: answer a question, practise it, readiness rises', async ({ page }) => {
  // Typing three sections and waiting for the autosave took up to ~30 s at a load average of 26
  // on the shared 2-core machine; the steps themselves are quick.
  test.setTimeout(150_000);
  await page.goto(app.server.url);
  await page.getByTestId('new-company').click();
  await page.getByTestId('profile-jpmorgan').click();
  const name = page.getByTestId('company-name');
  if ((await name.inputValue()) === '') await name.fill('JPMorgan Chase');
  await page.getByTestId('create-company').click();
  await expect(page.getByTestId('company-link').filter({ hasText: 'JPMorgan' })).toBeVisible();
  const slug = /#\/c\/([^/]+)/.exec(new URL(page.url()).hash)?.[1] ?? '';
  expect(slug).not.toBe('');

  // The Questions tab, then the risk and governance round.
  await page.getByTestId('tab-questions').click();
  await expect(page.getByTestId('questions-view')).toBeVisible();
  await page.getByTestId('round-risk-governance').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Risk and governance' })).toBeVisible();
  expect(await readiness(page)).toBe(0);
  const question = page.locator('[data-question-id="jpm-drift-survives-audit"]');
  await expect(question).toContainText('JPMorgan Chase guide');
  await expect(question).toContainText('Not answered yet');
  expect(await expectSourceLabelsNotLinks(page)).toBeGreaterThan(3);
  // Its own checks say what to aim for, in the candidate's words (never an internal "to check").
  await expect(question.getByTestId('expectation').first()).toContainText('Aim for');
  await expect(question).not.toContainText(/to check/i);

  // Start an answer from the question: a Spoken answer document titled with the question.
  await question.getByRole('button', { name: 'Start an answer' }).click();
  await expect(page.getByTestId('editor-frame')).toBeVisible();
  await typeInto(page, 'frame', 'Yes: our drift monitoring passed two quarterly audits because every alert, review and decision is logged.');
  await typeInto(
    page,
    'story',
    'In March 2025 our card-fraud model drifted after a holiday surge. On the Monday, Priya from model risk and I reviewed the alert log and agreed a threshold change.',
  );
  await typeInto(page, 'result', 'False declines fell from 2.1% to 1.4% within three weeks, and the audit closed with no findings.');
  await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 60_000 });

  // Back on the round: the answer shows its score and spoken length; readiness rose.
  await page.goto(`${app.server.origin}/#/c/${slug}/questions/risk-governance`);
  const row = page.locator('[data-question-id="jpm-drift-survives-audit"]').getByTestId('answer-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('answer-score')).toHaveText(/^\d+$/);
  await expect(row.getByTestId('answer-spoken')).toContainText('of 2 min 30 s');
  const answered = await readiness(page);
  expect(answered).toBeGreaterThan(0);

  // Practise it: the notes are the answer; Space starts and stops the countdown, 4 rates it.
  await page.locator('[data-question-id="jpm-drift-survives-audit"]').getByRole('button', { name: 'Practise' }).click();
  const practice = page.getByTestId('practice');
  await expect(practice).toBeVisible();
  await expect(page.getByTestId('practice-question')).toContainText('quarterly audit');
  await expect(page.getByTestId('practice-notes')).toContainText('Priya from model risk');
  await expect(page.getByTestId('practice-clock')).toContainText('2:30');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('practice-clock')).toHaveAttribute('data-state', 'running');
  // At least a full second spoken (the countdown shows whole seconds left).
  await expect(page.getByTestId('practice-clock')).toContainText(/2:2\d/);
  await page.keyboard.press('Space');
  // A run of a second or two is far shorter than this answer takes to say: it would not count
  // toward readiness, and says so kindly (newcomer F22). Start again and speak for longer.
  await expect(page.getByTestId('practice-timed')).toContainText('much shorter than this answer needs');
  await expect(page.getByTestId('practice-timed')).toContainText('does not count toward readiness');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('practice-clock')).toContainText(/2:1\d/, { timeout: 30_000 });
  await page.keyboard.press('Space');
  await expect(page.getByTestId('practice-timed')).toContainText('within the budget');
  await page.keyboard.press('4');
  await expect(page.getByTestId('practice-saved')).toBeVisible();
  await expect(page.getByTestId('practice-history')).toContainText('rated 4 of 5');
  await page.screenshot({ path: 'test-results/screens/practice-session.png', fullPage: false });
  await page.keyboard.press('n');
  await expect(page.getByTestId('practice-done')).toContainText('You rated 1 of 1 answer');
  // The done screen shows no stale notes panel (newcomer F24).
  await expect(page.getByTestId('practice-notes')).toHaveCount(0);
  await expect(practice).not.toContainText('Your notes');
  await page.keyboard.press('Escape');
  await expect(practice).toHaveCount(0);

  // Readiness counts the practice, and the history is stored with the company.
  await expect.poll(() => readiness(page)).toBeGreaterThan(answered);
  await expect(page.locator('[data-question-id="jpm-drift-survives-audit"]').getByTestId('practice-summary')).toContainText('Practised once, last today · your ratings 4 of 5');
  // The answer row agrees with the summary beside it (newcomer F21: it said "never").
  await expect(row.getByTestId('answer-last-practised')).toHaveText('today');
  const view = await callFromPage<{ questions: { id: string; practice: { rating: number; seconds: number }[] }[] }>(page, 'questions.list', {
    company: slug,
    round: 'risk-governance',
  });
  const practised = view.questions.find((q) => q.id === 'jpm-drift-survives-audit');
  expect(practised?.practice).toHaveLength(1);
  expect(practised?.practice[0]?.rating).toBe(4);
  expect(practised?.practice[0]?.seconds).toBeGreaterThanOrEqual(1);
  await page.getByTestId('round-panel').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/questions-round.png', fullPage: false });

  // Guide names look the same, as labels, on the Loop, Checklist and Sources tabs.
  for (const tab of ['loop', 'checklist', 'sources']) {
    await page.goto(`${app.server.origin}/#/c/${slug}/${tab}`);
    expect(await expectSourceLabelsNotLinks(page), tab).toBeGreaterThan(0);
  }
  await page.goto(`${app.server.origin}/#/c/${slug}/checklist`);
  await page.screenshot({ path: 'test-results/screens/source-labels-checklist.png', fullPage: false });

  // The dashboard's next step is a round to prepare, and it opens that round.
  await page.goto(`${app.server.origin}/#/dashboard`);
  const next = page.getByTestId('next-steps').locator('li').filter({ hasText: 'Prepare' }).first();
  await expect(next).toContainText('% ready');
  await next.getByRole('button').click();
  await expect(page.getByTestId('round-panel')).toBeVisible();
});

test('coverage counts an untagged answer from its text', async ({ page }) => {
  await page.goto(app.server.url);
  const companies = await callFromPage<{ slug: string; profileId: string | null }[]>(page, 'companies.list', {});
  const slug = companies.find((c) => c.profileId === 'jpmorgan')?.slug ?? '';
  await page.goto(`${app.server.origin}/#/c/${slug}/coverage`);
  const row = page.getByTestId('coverage-table').locator('tr', { hasText: 'Regulatory acumen' });
  await expect(row).toContainText('found in the text');
});
