// Export a PDF from the editor and see the success toast with the file name.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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

test('export a PDF from the UI', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(app.server.url);
  await page.getByTestId('document-row').first().click();
  await expect(page.locator('.cm-content').first()).toBeVisible();

  await page.getByTestId('export-pdf').click();
  const confirm = page.getByTestId('export-anyway');
  const toast = page.getByTestId('export-toast');
  await expect(toast.or(confirm)).toBeVisible({ timeout: 45_000 });
  if (await confirm.isVisible()) await confirm.click();
  await expect(toast).toBeVisible({ timeout: 45_000 });
  await expect(toast).toContainText('.pdf');

  const fileName = (await toast.locator('strong').textContent()) ?? '';
  const href = await toast.getByTestId('export-download').getAttribute('href');
  expect(href).toMatch(/^\/exports\/[^/]+\/.+\.pdf$/);
  const slug = decodeURIComponent(href?.split('/')[2] ?? '');
  expect(existsSync(join(app.workspace, 'companies', slug, 'exports', fileName))).toBe(true);

  // The download link serves the file in browser mode.
  const response = await page.request.get(new URL(href ?? '', app.server.origin).toString());
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});
