// What the newcomer trial saw first: a blank document greets kindly ("Not started", to-dos, no
// red marks, no Silence), the sample brief shows how full its page is, and toasts stay off the
// Issues panel.
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

test('a blank document shows "Not started" and to-dos, then findings once written in', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.goto(app.server.url);
  await page.getByTestId('new-document').first().click();
  await page.getByTestId('template-kill-story').click();
  await expect(page.getByTestId('findings-not-started')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('live-score')).toHaveText('Not started');
  const todos = page.locator('[data-testid="finding"].finding-todo');
  await expect(todos.first()).toBeVisible();
  await expect(page.locator('[data-testid="finding"].finding-error')).toHaveCount(0);
  await expect(page.getByTestId('findings-panel').getByRole('button', { name: /Silence/ })).toHaveCount(0);
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('blank-document.png') });

  await page.locator('.cm-content').nth(1).click();
  await page.keyboard.type('A shadow run showed a disparate-impact ratio of 0.71.');
  await expect(page.getByTestId('findings-not-started')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('live-score')).toHaveText(/^\s*\d+\s*$/);
});

test('the sample brief shows how full its one page is, and goes over with a few bullets', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.goto(app.server.url);
  await page.getByTestId('document-row').filter({ hasText: '(sample)' }).first().click();
  const fill = page.getByTestId('page-fill');
  await expect(fill).toContainText(/Page\s*9\d%/, { timeout: 30_000 });
  await page.locator('.cm-content').nth(1).click();
  await page.keyboard.press('ControlOrMeta+End');
  for (let i = 0; i < 3; i++) await page.keyboard.type('\n- Cut manual review time from 9 to 4 minutes per case by routing alerts.');
  await expect(fill.locator('.over')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid="finding"][data-rule="length-budget"]')).toContainText('runs past one page', { timeout: 30_000 });
  await page.screenshot({ path: testInfo.outputPath('sample-over-page.png') });
});

test('the quick switcher exports every document of a folder', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(app.server.url);
  await expect(page.getByTestId('export-all')).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('ControlOrMeta+K');
  await page.keyboard.type('export all markdown');
  await expect(page.getByText('Export all documents in this folder as Markdown')).toBeVisible();
  await page.keyboard.press('Enter');
  const toast = page.getByTestId('export-toast');
  const anyway = page.getByRole('button', { name: 'Export anyway' });
  await expect(toast.or(anyway).first()).toBeVisible({ timeout: 60_000 });
  if (await anyway.isVisible()) await anyway.click();
  await expect(toast).toContainText(/Exported \d+ documents?/, { timeout: 60_000 });
});

test('a Chinese document title is as bold as an English one in the document list', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(app.server.url);
  const title = page.locator('.doc-row-title').first();
  await expect(title).toBeVisible({ timeout: 30_000 });
  // Ink of Chinese text drawn with the title's own font stack at its weight and at 400: the
  // system's fallback font gave Regular for both before the stack named a CJK family.
  const ink = await title.evaluate((el) => {
    const style = getComputedStyle(el);
    const draw = (weight: string): number => {
      const canvas = document.createElement('canvas');
      canvas.width = 400;
      canvas.height = 80;
      const g = canvas.getContext('2d') as CanvasRenderingContext2D;
      g.font = `${weight} 48px ${style.fontFamily}`;
      g.fillText('风险模型暂停', 0, 60);
      const data = g.getImageData(0, 0, 400, 80).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 128) n++;
      return n;
    };
    return { weight: style.fontWeight, at: draw(style.fontWeight), regular: draw('400') };
  });
  expect(Number(ink.weight)).toBeGreaterThan(500);
  expect(ink.at).toBeGreaterThan(ink.regular * 1.15);
});
