// Every main screen and dialog (and the rehearsal view, the questions tab and a practice session), in light and dark, checked with axe-core against WCAG 2.1 A/AA
// (contrast, names, heading order, labels...). The print preview's sandboxed frame is left out:
// it is the exported page, checked by the export tests, and axe cannot enter a script-less frame.
import AxeBuilder from '@axe-core/playwright';
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

/** One line per failing element: rule, element, and axe's own summary of what is wrong. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ iframes: false })
    .exclude('iframe')
    .analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no WCAG 2.1 AA violations on the main screens and dialogs (${scheme})`, async ({ page }) => {
    // Sixteen axe passes over every screen (the questions tab is a long page) take longer than one
    // default test budget on a loaded 2-core machine.
    test.setTimeout(180_000);
    // Reduced motion: no dialog fades, so colours are measured as they settle.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const seen: Record<string, string[]> = {};
    const check = async (name: string) => {
      const found = await violations(page);
      if (found.length > 0) seen[name] = found;
    };

    await page.goto(app.server.url);
    await expect(page.getByTestId('document-row').first()).toBeVisible();
    await check('documents');

    await page.getByTestId('new-document').first().click();
    await expect(page.getByTestId('template-impact-brief')).toBeVisible();
    await check('new-document dialog');
    await page.keyboard.press('Escape');

    await page.getByTestId('new-company').click();
    await expect(page.getByTestId('profile-wells-fargo')).toBeVisible();
    await check('new-company dialog');
    await page.keyboard.press('Escape');

    await page.getByTestId('open-settings').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('settings dialog');
    await page.keyboard.press('Escape');

    await page.keyboard.press('ControlOrMeta+k');
    await expect(page.getByLabel('Search commands and documents')).toBeVisible();
    await check('quick switch');
    await page.keyboard.press('Escape');

    await page.getByTestId('document-row').first().getByRole('button').first().click();
    await expect(page.getByTestId('live-score')).toBeVisible();
    await check('editor, issues');
    await page.getByRole('tab', { name: 'Preview' }).click();
    await check('editor, preview');

    const slug = /#\/c\/([^/]+)/.exec(new URL(page.url()).hash)?.[1];
    expect(slug).toBeTruthy();
    for (const tab of ['loop', 'checklist', 'compensation', 'coverage', 'sources'] as const) {
      await page.goto(`${app.server.origin}/#/c/${slug}/${tab}`);
      await expect(page.getByTestId(`company-${tab}`)).toBeVisible();
      await expect(page.getByText('Loading…')).toHaveCount(0);
      await check(tab);
    }

    // Questions: a round with its questions, the add-a-question dialog and a practice session.
    await page.goto(`${app.server.origin}/#/c/${slug}/questions`);
    await expect(page.getByTestId('question').first()).toBeVisible();
    await check('questions');
    await page.getByRole('button', { name: 'Add your own question' }).click();
    await expect(page.getByTestId('question-form')).toBeVisible();
    await check('question form');
    await page.keyboard.press('Escape');
    await page.getByTestId('question').first().getByRole('button', { name: 'Practise' }).click();
    await expect(page.getByTestId('practice')).toBeVisible();
    await check('practice');
    await page.keyboard.press('Escape');

    await page.goto(`${app.server.origin}/#/dashboard`);
    await expect(page.getByTestId('dashboard-company').first()).toBeVisible();
    await check('dashboard');

    // The full-screen rehearsal view of a spoken piece.
    const memoId = await page.evaluate(async (company) => {
      const res = await fetch('/api/documents.create', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-dossier-request': '1' },
        body: JSON.stringify({ company, templateId: 'comp-memo', title: 'Comp pitch' }),
      });
      return ((await res.json()) as { data: { id: string } }).data.id;
    }, slug);
    await page.goto(`${app.server.origin}/#/c/${slug}/d/${memoId}`);
    await page.getByTestId('rehearse').click();
    await expect(page.getByTestId('rehearsal')).toBeVisible();
    await check('rehearsal');
    await page.keyboard.press('Escape');

    expect(seen).toEqual({});
  });
}
