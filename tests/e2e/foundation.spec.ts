// The basics: create a company and an impact brief, type into two sections, and the text
// survives a page reload and a server restart over the same workspace.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { repoRoot, startApp } from './helpers';
import type { TestApp } from './helpers';

let app: TestApp;

test.beforeAll(async () => {
  app = await startApp({ sample: false });
});
test.afterAll(async () => {
  await app?.dispose();
});

async function typeInto(page: Page, sectionIndex: number, text: string) {
  const editor = page.locator('.cm-content').nth(sectionIndex);
  await editor.click();
  await page.keyboard.type(text);
}

test('create a company and an impact brief; text survives reload and restart', async ({ page }) => {
  await page.goto(app.server.url);
  await expect(page.getByTestId('welcome')).toBeVisible();

  await page.getByTestId('new-company').click();
  await page.getByTestId('profile-american-express').click();
  await page.getByTestId('company-name').fill('American Express — AI PM');
  await page.getByTestId('create-company').click();
  await expect(page.getByTestId('company-title')).toHaveText('American Express — AI PM');

  await page.getByTestId('new-document').first().click();
  await page.getByTestId('template-impact-brief').click();
  await expect(page.locator('.cm-content').first()).toBeVisible();

  await page.getByTestId('doc-title').fill('Real-time card fraud scoring');
  await typeInto(page, 0, 'Card fraud losses were $4.1M a year with batch scoring.');
  await typeInto(page, 1, 'I chose real-time scoring over a nightly batch.');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');

  await page.reload();
  await expect(page.locator('.cm-content').first()).toContainText('Card fraud losses were $4.1M');
  await expect(page.locator('.cm-content').nth(1)).toContainText(
    'real-time scoring over a nightly batch',
  );
  await expect(page.getByTestId('doc-title')).toHaveValue('Real-time card fraud scoring');

  mkdirSync(`${repoRoot}/test-results/screens`, { recursive: true });
  await page.screenshot({ path: `${repoRoot}/test-results/screens/main.png` });

  // The folder's list shows the same score as the editor, before any snapshot.
  // The live score comes from the check worker, which starts with the editor after the reload.
  await expect(page.getByTestId('live-score')).toHaveText(/^\s*\d+\s*$/);
  const liveScore = (await page.getByTestId('live-score').textContent())?.trim() ?? '';
  const server = await app.restart();
  await page.goto(server.url);
  await expect(page.getByTestId('document-row').first().getByTestId('document-score')).toHaveText(liveScore);
  await page.getByTestId('document-row').first().click();
  await expect(page.locator('.cm-content').first()).toContainText('Card fraud losses were $4.1M');
  await expect(page.locator('.cm-content').nth(1)).toContainText(
    'real-time scoring over a nightly batch',
  );
});
