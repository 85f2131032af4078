// Everyday flows around the editor: snapshot history, silencing, delete with undo, the quick
// switcher, renaming and archiving a folder, settings, and a save conflict.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startApp } from './helpers';
import type { TestApp } from './helpers';

let app: TestApp;

test.beforeAll(async () => {
  app = await startApp({ sample: true });
});
test.afterAll(async () => {
  await app?.dispose();
});

async function api(
  page: Page,
  op: string,
  body: unknown,
): Promise<{ ok: boolean; data?: unknown }> {
  const res = await page.request.post(`${app.server.origin}/api/${op}`, {
    data: body,
    headers: { 'x-dossier-request': '1', origin: app.server.origin },
  });
  return (await res.json()) as { ok: boolean; data?: unknown };
}

test('snapshot, silence, delete with undo, quick switch', async ({ page }) => {
  await page.goto(app.server.url);
  await page.getByTestId('new-document').first().click();
  await page.getByTestId('template-impact-brief').click();
  await page.getByTestId('doc-title').fill('Churn model');
  // The title is one line: Enter adds no line break.
  await page.getByTestId('doc-title').press('End');
  await page.getByTestId('doc-title').press('Enter');
  await expect(page.getByTestId('doc-title')).toHaveValue('Churn model');

  const outcome = page.getByTestId('section-outcome');
  await outcome.locator('.cm-content').click();
  await page.keyboard.type('Worked on a churn model that helped the retention team a lot.');
  const vague = page.locator(
    '[data-testid="finding"][data-section="outcome"][data-rule="vague-language"][data-silenced="false"]',
  );
  await expect(vague.first()).toBeVisible();

  // Silence for this document: the finding stays, dimmed and marked silenced.
  await vague.first().getByRole('button', { name: 'Silence for this document' }).click();
  await expect(vague).toHaveCount(0);
  await expect(
    page
      .locator('[data-testid="finding"][data-rule="vague-language"][data-silenced="true"]')
      .first(),
  ).toBeVisible();

  // Two snapshots draw a score history.
  await page.getByTestId('snapshot').click();
  await expect(page.getByTestId('snapshot-toast')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByTestId('score-history')).toBeVisible();

  // Ctrl/⌘+E exports a PDF; the draft has empty required sections, so Dossier asks first.
  await page.keyboard.press('ControlOrMeta+e');
  await page.getByTestId('export-anyway-not-ready').click();
  await expect(page.getByTestId('export-toast')).toContainText('.pdf', { timeout: 60_000 });

  // Quick switch back to the sample document.
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByLabel('Search commands and documents').fill('card-fraud');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('doc-title')).toHaveValue(/card-fraud/i);

  // Browser mode: Alt+N opens the new-document dialog (the browser keeps Ctrl+N for itself).
  await page.keyboard.press('Alt+n');
  await expect(page.getByTestId('template-impact-brief')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('template-impact-brief')).toHaveCount(0);

  // Delete the new document from the list, then undo.
  await page
    .getByRole('button', { name: /Wells Fargo/ })
    .first()
    .click();
  const rows = page.getByTestId('document-row');
  await expect(rows).toHaveCount(2);
  await rows.filter({ hasText: 'Churn model' }).hover();
  await rows.filter({ hasText: 'Churn model' }).getByTestId('delete-document').click();
  await expect(rows).toHaveCount(1);
  await page.getByTestId('delete-toast').getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(2);
});

test('rename and archive a folder; settings save', async ({ page }) => {
  await page.goto(app.server.url);
  const link = page.getByTestId('company-link').first();
  await link.dblclick();
  await page.getByTestId('rename-input').fill('Wells Fargo — Senior PM');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('company-link').first()).toContainText('Wells Fargo — Senior PM');

  // The row's actions show on hover (and on keyboard focus).
  await page.getByTestId('company-link').first().hover();
  await page.getByRole('button', { name: 'Archive Wells Fargo — Senior PM' }).click();
  await expect(page.getByTestId('company-link')).toHaveCount(0);
  await page.getByTestId('show-archived').check();
  await expect(page.getByTestId('company-link')).toHaveCount(1);
  await page.getByTestId('company-link').first().hover();
  await page.getByRole('button', { name: 'Unarchive Wells Fargo — Senior PM' }).click();
  await page.getByTestId('show-archived').uncheck();
  await expect(page.getByTestId('company-link')).toHaveCount(1);

  await page.getByTestId('open-settings').click();
  await page.getByTestId('candidate-name').fill('Alex Chen');
  await page.getByTestId('private-terms').fill('Project Falcon\nAcme Bank');
  await page.getByTestId('save-settings').click();
  await expect(page.getByTestId('settings-dialog')).toHaveCount(0);
  const info = (await api(page, 'workspace.info', {})) as {
    data: { settings: { candidateName: string; privateTerms: string[] } };
  };
  expect(info.data.settings.candidateName).toBe('Alex Chen');
  expect(info.data.settings.privateTerms).toEqual(['Project Falcon', 'Acme Bank']);
});

test('a save refused because the file changed elsewhere shows the conflict and can reload', async ({
  page,
}) => {
  await page.goto(app.server.url);
  await page.getByTestId('document-row').first().click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const url = new URL(page.url());
  const [, , company, , id] = url.hash.split('/');
  // Another window saves a change.
  const doc = (await api(page, 'documents.get', { company, id })) as { data: { revision: number } };
  const changed = await api(page, 'documents.update', {
    company,
    id,
    baseRevision: doc.data.revision,
    patch: { title: 'Changed in another window' },
  });
  expect(changed.ok).toBe(true);

  await page.locator('.cm-content').first().click();
  await page.keyboard.type(' More.');
  await expect(page.getByTestId('conflict-banner')).toBeVisible();
  await page.getByRole('button', { name: 'Load the saved version' }).click();
  await expect(page.getByTestId('doc-title')).toHaveValue('Changed in another window');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
});

test('on a 1024-pixel laptop window the findings and export stay beside the text, and a long title wraps', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(app.server.url);
  await page.getByTestId('new-document').first().click();
  await page.getByTestId('template-impact-brief').click();
  const title = page.getByTestId('doc-title');
  await title.fill('Real-time card-fraud scoring for a nine-million-account consumer card portfolio');
  for (const id of ['export-pdf', 'export-docx']) await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('tab', { name: 'Issues' })).toBeInViewport();
  const box = await title.boundingBox();
  const lineHeight = await title.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect(box?.height ?? 0).toBeGreaterThan(1.5 * lineHeight);
  expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});

test('the preview can take more of the window, and the choice is remembered', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(app.server.url);
  await page.getByTestId('document-row').first().click();
  await page.getByRole('tab', { name: 'Preview' }).click();
  const side = page.getByRole('complementary', { name: 'Checks and preview' });
  const narrow = (await side.boundingBox())?.width ?? 0;
  await page.getByTestId('preview-wide').click();
  await expect(page.getByTestId('preview-wide')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await side.boundingBox())?.width ?? 0).toBeGreaterThan(narrow * 1.3);
  // The issues list keeps the usual width; the choice holds after a reload.
  await page.getByRole('tab', { name: /^Issues/ }).click();
  await expect.poll(async () => Math.round((await side.boundingBox())?.width ?? 0)).toBe(Math.round(narrow));
  await page.reload();
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByTestId('preview-wide')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('preview-wide').click();
  await expect.poll(async () => Math.round((await side.boundingBox())?.width ?? 0)).toBe(Math.round(narrow));
});

test('quick switch: Enter typed before the document list arrives still opens the document', async ({ page }) => {
  await page.goto(app.server.url);
  await expect(page.getByTestId('document-row').first()).toBeVisible();
  // Hold the palette's document lists back, so Enter comes first.
  await page.route('**/api/documents.list', async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByLabel('Search commands and documents').fill('card-fraud');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('doc-title')).toHaveValue(/card-fraud/i);
  await page.unroute('**/api/documents.list');
});
