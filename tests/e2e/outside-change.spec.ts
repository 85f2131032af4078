// A company file changed by another program while its page is open (a sync tool on a second
// laptop, breaker trial F15): ticking a checklist item from the older view is refused, the page
// says why and shows the version on disk, and the other program's item is still in the file.
import { readFileSync, writeFileSync } from 'node:fs';
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

test('a checklist edit over an outside change is refused and the outside version is shown', async ({ page }) => {
  await page.goto(app.server.url);
  await page.goto(`${app.server.origin}/#/c/wells-fargo/checklist`);
  const items = page.getByTestId('checklist-item');
  await expect(items.first()).toBeVisible();
  const before = await items.count();

  const file = join(app.workspace, 'companies', 'wells-fargo', 'dossier.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { checklist: Array<{ id: string; text: string; done: boolean }> };
  data.checklist.push({ id: 'laptop-b', text: 'Added on laptop B', done: false });
  writeFileSync(file, JSON.stringify(data, null, 2));

  await items.first().getByRole('checkbox').check();
  await expect(page.getByTestId('company-conflict')).toContainText('changed by another program');
  await expect(page.getByTestId('checklist-item')).toHaveCount(before + 1);
  await expect(page.getByText('Added on laptop B')).toBeVisible();
  expect(readFileSync(file, 'utf8')).toContain('Added on laptop B');

  // From the version on disk, the next tick saves.
  await page.getByTestId('checklist-item').first().getByRole('checkbox').check();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  expect(readFileSync(file, 'utf8')).toContain('Added on laptop B');
});
