// Newcomer 9 §4: a London (GBP) offer could not be recorded: "£105,000 is not an amount" and the
// form said "Amounts in US dollars". A folder named "(London)" now starts in pounds, "£105,000" and
// "£115k" are read, the currency is saved with the record, the totals are in pounds, and the ask is
// not placed in the US-dollar bands. A pound figure in a dollar record is refused with a message
// naming both currencies (no conversion).
import { expect, test } from '@playwright/test';
import { callFromPage as api, startApp } from './helpers';
import type { TestApp } from './helpers';

let app: TestApp;
test.beforeAll(async () => {
  app = await startApp();
});
test.afterAll(async () => {
  await app?.dispose();
});

interface CompanyGet {
  company: { compensation: { currency?: string; ask: { base: { min: number; max: number }; signOn: number } | null } };
}

test('a London folder records a pound offer', async ({ page }) => {
  await page.goto(app.server.url);
  const origin = app.server.origin;
  await expect(page.getByTestId('company-link').first().or(page.getByText('No folders yet'))).toBeVisible();
  const rev = await api<{ slug: string }>(page, 'companies.create', { name: 'Revolut — Senior PM, Credit ML (London)', profileId: 'fintech' });
  await page.goto(`${origin}/#/c/${rev.slug}/compensation`);
  await expect(page.getByTestId('comp-currency')).toHaveValue('GBP');
  await expect(page.getByTestId('comp-currency-note')).toContainText('London');
  await expect(page.getByTestId('ask')).toContainText('British Pound (GBP)');

  await page.getByTestId('ask-base-min').fill('£105,000');
  await page.getByTestId('ask-base-max').fill('£115k');
  await page.getByTestId('ask-sign-on').fill('£10,000');
  await expect(page.getByTestId('comp-view')).not.toContainText('is not an amount');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await expect
    .poll(async () => (await api<CompanyGet>(page, 'companies.get', { slug: rev.slug })).company.compensation)
    .toMatchObject({ currency: 'GBP', ask: { base: { min: 105_000, max: 115_000 }, signOn: 10_000 } });
  await page.reload();
  await expect(page.getByTestId('ask-totals')).toContainText('£');
  await expect(page.getByTestId('ask-totals')).not.toContainText('$');
  await page.screenshot({ path: 'test-results/screens/compensation-gbp.png', fullPage: false });
});

test('a dollar record refuses a pound figure, naming both currencies', async ({ page }) => {
  await page.goto(app.server.url);
  const origin = app.server.origin;
  await expect(page.getByTestId('company-link').first().or(page.getByText('No folders yet'))).toBeVisible();
  const wf = await api<{ slug: string }>(page, 'companies.create', { name: 'Wells Fargo VP', profileId: 'wells-fargo' });
  await page.goto(`${origin}/#/c/${wf.slug}/compensation`);
  await expect(page.getByTestId('comp-currency')).toHaveValue('USD');
  await page.getByTestId('ask-base-min').fill('£105,000');
  await expect(page.getByTestId('comp-view')).toContainText('is in British Pound (GBP), but these figures are in US Dollar (USD)');
  await expect(page.getByTestId('save-status')).toContainText('Not saved yet');
  // Choosing pounds accepts it, and the ask is not placed in the US-dollar bands.
  await page.getByTestId('comp-currency').selectOption('GBP');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await expect(page.getByTestId('comp-other-currency')).toContainText('no exchange rates');
  await expect(page.getByTestId('band-chart')).toHaveCount(0);
});
