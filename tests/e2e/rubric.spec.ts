// Live rubric: a vague, unquantified sentence is underlined and listed; a quantified one clears it.
import { expect, test } from '@playwright/test';
import { startApp } from './helpers';
import type { TestApp } from './helpers';

let app: TestApp;

test.beforeAll(async () => {
  app = await startApp({ sample: true });
});
test.afterAll(async () => {
  await app?.dispose();
});

const VAGUE = 'Worked on a churn model that helped the retention team a lot.';
const CLEAN =
  'Cut monthly card churn from 4.1% to 3.2% within two quarters, worth $1.8M a year compared with the old rules.';

test('typing a vague sentence underlines it and lists findings; a quantified sentence clears them', async ({
  page,
}) => {
  await page.goto(app.server.url);
  await page.getByTestId('new-document').first().click();
  await page.getByTestId('template-impact-brief').click();

  const outcome = page.getByTestId('section-outcome');
  const editor = outcome.locator('.cm-content');
  await editor.click();
  await page.keyboard.type(VAGUE);

  await expect(outcome.locator('.cm-lintRange').first()).toBeVisible();
  const panelFindings = page.locator(
    '[data-testid="finding"][data-section="outcome"][data-silenced="false"]',
  );
  await expect(panelFindings.filter({ hasText: /./ }).first()).toBeVisible();
  const rules = await panelFindings.evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-rule')),
  );
  expect(rules).toEqual(expect.arrayContaining(['quantified-impact']));

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

test('a one-click fix edits the section text and is saved', async ({ page }) => {
  await page.goto(app.server.url);
  await page.getByTestId('new-document').first().click();
  await page.getByTestId('template-impact-brief').click();
  const missing = page.locator(
    '[data-testid="finding"][data-section="outcome"][data-rule="section-required"]',
  );
  await expect(missing).toHaveCount(1);
  await missing.getByTestId('finding-fix').click();
  // The fix for a missing section scaffolds it with its prompt as a comment to write under.
  await expect(page.getByTestId('section-outcome').locator('.cm-content')).toContainText('<!--');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
});
