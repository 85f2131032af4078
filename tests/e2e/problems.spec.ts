// A document file broken on disk is reported by name, never overwritten, and its last good
// backup can be restored from the banner.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
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

test('a corrupt document shows the problems banner and restores from backup', async ({ page }) => {
  await page.goto(app.server.url);
  await page.getByTestId('document-row').first().click();
  await page.getByTestId('doc-title').fill('Fraud scoring, second draft');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const [, , company = '', , id = ''] = new URL(page.url()).hash.split('/');

  const docsDir = join(app.workspace, 'companies', decodeURIComponent(company), 'documents');
  const file = readdirSync(docsDir).find((f) => f.startsWith(decodeURIComponent(id)));
  expect(file).toBeTruthy();
  await app.server.stop();
  writeFileSync(join(docsDir, file ?? ''), '{ "this is": not json');
  const server = await app.restart();

  await page.goto(server.url);
  const banner = page.getByTestId('problems-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(file ?? '');
  // The newest good version is offered, with its age: the one just saved.
  await expect(banner).toContainText(/the version saved (just now|1 minute ago)/);
  await banner.getByTestId('restore-backup').click();
  await expect(banner).toHaveCount(0);
  await page.getByTestId('company-link').first().click();
  await expect(page.getByTestId('document-row')).toHaveCount(1);
  await expect(page.getByTestId('document-row').first()).toContainText('Fraud scoring, second draft');
});

test('a malformed template of the workspace is named, and the app keeps working', async ({
  page,
}) => {
  mkdirSync(join(app.workspace, 'templates'), { recursive: true });
  writeFileSync(
    join(app.workspace, 'templates', 'my-brief.json'),
    JSON.stringify({ id: 'my-brief', name: 'Mine' }),
  );
  await page.goto(app.server.url);
  const banner = page.getByTestId('template-problems');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('my-brief.json');
  await expect(page.getByTestId('document-row').first()).toBeVisible();
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
});
