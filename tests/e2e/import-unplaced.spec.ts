// Import -> editor -> export for Markdown whose headings the template does not know (newcomer
// trial 9): the import says where that text went, the editor shows it and lets the candidate edit
// and move it, the preview and the DOCX print what the editor shows, the editor's score is the
// saved one, and two snapshots of unchanged text show no change in the history.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { answerExportQuestions, callFromPage, repoRoot, startApp } from './helpers';
import type { TestApp } from './helpers';

let app: TestApp;

test.beforeAll(async () => {
  app = await startApp({ sample: true });
});
test.afterAll(async () => {
  await app?.dispose();
});

const APPENDIX = 'extra:Appendix: how I measured';

interface Doc {
  id: string;
  company: string;
  sections: Record<string, string>;
}

async function openDoc(page: Page): Promise<Doc> {
  const m = /#\/c\/([^/]+)\/d\/([^/?]+)/.exec(page.url());
  const company = decodeURIComponent(m?.[1] ?? '');
  const id = decodeURIComponent(m?.[2] ?? '');
  return callFromPage<Doc>(page, 'documents.get', { company, id });
}

test('text under a heading the template does not know is seen, edited, exported and scored once', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto(app.server.url);
  await page.getByTestId('import-file').setInputFiles({
    name: 'vp-en.md',
    mimeType: 'text/markdown',
    buffer: readFileSync(join(repoRoot, 'tests', 'fixtures', 'unplaced-headings', 'vp-en.md')),
  });

  // The import says what it did with the heading it could not place.
  const toast = page.getByTestId('import-toast');
  await expect(toast).toContainText("didn't match this template's sections");
  await expect(toast).toContainText('Appendix: how I measured');

  // The editor shows that text, after the template's sections, and it can be edited.
  const appendix = page.locator(`[data-testid="loose-section"][data-section="${APPENDIX}"]`);
  await expect(appendix).toBeVisible();
  await expect(appendix.locator('h2')).toContainText('Appendix: how I measured');
  await expect(appendix.locator('.cm-content')).toContainText('Approval rates are monthly averages');
  await appendix.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Checked twice.');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const saved = await openDoc(page);
  expect(saved.sections[APPENDIX]).toContain('Checked twice.');

  // The editor's score is the one the folder list and the server compute from the saved text.
  const live = page.getByTestId('live-score');
  await expect(live).toHaveText(/^\d+$/);
  const listed = await callFromPage<{ id: string; score: number | null }[]>(page, 'documents.list', { company: saved.company, scores: true });
  await expect(live).toHaveText(String(listed.find((d) => d.id === saved.id)?.score));

  // Two snapshots of unchanged text: the history shows no change.
  await page.getByTestId('snapshot').click();
  await expect(page.getByTestId('snapshot-toast').last()).toBeVisible();
  await page.getByTestId('snapshot').click();
  await expect(page.getByTestId('snapshot-toast')).toHaveCount(2);
  await expect(page.getByTestId('score-history-stat')).toContainText('no change since first snapshot');

  // The preview prints what the editor shows.
  await page.getByRole('tab', { name: 'Preview' }).click();
  const frame = page.getByTestId('preview-frame');
  await expect(frame).toHaveAttribute('srcdoc', /Checked twice\./, { timeout: 30_000 });
  await expect(frame).toHaveAttribute('srcdoc', /Appendix: how I measured/);
  await page.getByRole('tab', { name: /^Issues/ }).click();

  // So does the DOCX.
  await page.getByTestId('export-docx').click();
  await answerExportQuestions(page);
  await expect(page.getByTestId('export-toast').last()).toContainText('.docx', { timeout: 60_000 });
  const exportsDir = join(app.workspace, 'companies', saved.company, 'exports');
  const docx = readdirSync(exportsDir).find((f) => f.endsWith('.docx'));
  expect(docx).toBeDefined();
  const xml = strFromU8(unzipSync(readFileSync(join(exportsDir, docx ?? '')))['word/document.xml'] ?? new Uint8Array());
  expect(xml).toContain('Checked twice.');
  expect(xml).toContain('Appendix: how I measured');

  // Move the text into a template section: it is checked there, and the part is gone once empty.
  await appendix.getByTestId('loose-move-target').selectOption('first-90-days');
  await appendix.getByTestId('loose-move').click();
  await expect(page.getByTestId('section-first-90-days').locator('.cm-content')).toContainText('Checked twice.');
  await expect(appendix.locator('.cm-content')).not.toContainText('Approval rates');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const moved = await openDoc(page);
  expect(moved.sections['first-90-days']).toContain('Approval rates are monthly averages');
  expect(moved.sections[APPENDIX]).toBe('');
  await page.reload();
  await expect(page.getByTestId('section-first-90-days').locator('.cm-content')).toContainText('Checked twice.');
  await expect(page.locator(`[data-testid="loose-section"][data-section="${APPENDIX}"]`)).toHaveCount(0);
});
