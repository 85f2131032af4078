// Company tabs end to end: create a Wells Fargo folder, schedule two rounds, tick a checklist
// item, put a base ask above the band and see the comp-band finding, rehearse a spoken memo,
// look at both Wells Fargo bands and the Sources view, and the dashboard. Screenshots:
// test-results/screens/loop.png, band-chart.png, sources.png and dashboard.png.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startApp } from './helpers';
import type { TestApp } from './helpers';

let app: TestApp;

test.beforeAll(async () => {
  app = await startApp();
});
test.afterAll(async () => {
  await app?.dispose();
});

/** A typed-enough API call from inside the page (same cookie, CSRF header as the app). */
async function api<T>(page: Page, name: string, req: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([n, r]) => {
      const res = await fetch(`/api/${n}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-dossier-request': '1' },
        body: JSON.stringify(r),
      });
      return (await res.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
    },
    [name, req] as const,
  );
  if (!result.ok) throw new Error(`${name} failed: ${result.error?.message ?? 'unknown'}`);
  return result.data as T;
}

/** "YYYY-MM-DDTHH:mm" `days` from now, at the given hour (local wall clock for the input). */
function daysFromNow(days: number, hour: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`;
}

interface LoopRoundLike {
  name: string;
  scheduledAt: string | null;
  status: string;
}

test('company folder: loop, checklist, compensation, rehearsal and dashboard', async ({ page }) => {
  await page.goto(app.server.url);
  const origin = app.server.origin;

  // Create the Wells Fargo folder through the sidebar.
  await page.getByTestId('new-company').click();
  await page.getByTestId('profile-wells-fargo').click();
  const name = page.getByTestId('company-name');
  if ((await name.inputValue()) === '') await name.fill('Wells Fargo');
  await page.getByTestId('create-company').click();
  await expect(page.getByTestId('company-link').filter({ hasText: 'Wells Fargo' })).toBeVisible();
  const slug = 'wells-fargo';

  // Loop: the English guide's rounds, the Chinese guide's variant shown, two rounds scheduled.
  await page.goto(`${origin}/#/c/${slug}/loop`);
  const rounds = page.getByTestId('round');
  await expect(rounds).toHaveCount(5);
  await expect(page.getByTestId('loop-variants')).toContainText('Wells Fargo guide (Chinese)');
  await rounds.nth(0).getByLabel(/^Date and time of/).fill(daysFromNow(5, 10));
  await rounds.nth(0).getByLabel(/^Time zone of/).fill('America/New_York');
  await rounds.nth(1).getByLabel(/^Date and time of/).fill(daysFromNow(12, 14));
  await rounds.nth(1).getByLabel(/^Time zone of/).fill('Europe/London');
  await expect(page.getByTestId('next-round')).toContainText(/days? until Recruiter screen/);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');

  // Bad input gets an inline message and is not saved; fixing it saves again.
  const minutes = rounds.nth(2).getByLabel(/^Minutes for/);
  await minutes.fill('-5');
  await expect(rounds.nth(2)).toContainText('whole number of minutes above zero');
  await expect(page.getByTestId('save-status')).toContainText('Not saved yet');
  await minutes.fill('45');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');

  // A past date warns but keeps the value.
  await rounds.nth(4).getByLabel(/^Date and time of/).fill(daysFromNow(-3, 9));
  await expect(rounds.nth(4)).toContainText('already passed');
  await rounds.nth(4).getByLabel(/^Date and time of/).fill('');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');

  // The calendar file holds both scheduled rounds.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .ics' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const ics = readFileSync((await download.path()) ?? '', 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);

  const view = await api<{ company: { loop: LoopRoundLike[] } }>(page, 'companies.get', { slug });
  const scheduled = view.company.loop.filter((r) => r.status === 'scheduled' && r.scheduledAt);
  expect(scheduled.map((r) => r.name)).toEqual(['Recruiter screen', 'PM case study']);
  // Back to the top of the page (the shell's header and tabs) for the screenshot.
  await page.getByTestId('loop-view').evaluate((el) => {
    for (let node: Element | null = el; node; node = node.parentElement) node.scrollTop = 0;
  });
  await page.screenshot({ path: 'test-results/screens/loop.png', fullPage: false });

  // Checklist: tick the first item.
  await page.goto(`${origin}/#/c/${slug}/checklist`);
  const items = page.getByTestId('checklist-item');
  await expect(items.first()).toBeVisible();
  const total = await items.count();
  await items.first().getByRole('checkbox').check();
  await expect(page.getByTestId('checklist-progress')).toContainText(`1 of ${total} done`);
  await expect(page.getByTestId('checklist-progress').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
  await page.screenshot({ path: 'test-results/screens/checklist.png', fullPage: false });
  await page.getByRole('button', { name: 'Three-Stage Impact Model', exact: true }).click();
  await expect(page.getByTestId('framework-text')).toContainText('Three-Stage Impact Model');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  // An item that asks for a template starts that document and opens it.
  await items.filter({ has: page.getByRole('button', { name: /^Start / }) }).first().getByRole('button', { name: /^Start / }).click();
  await expect(page).toHaveURL(/#\/c\/wells-fargo\/d\//);

  // Compensation: a base ask above the band shows the comp-band finding, and is saved.
  await page.goto(`${origin}/#/c/${slug}/compensation`);
  await page.getByTestId('ask-base-min').fill('$230k');
  await page.getByTestId('ask-base-max').fill('260000');
  await page.getByTestId('ask-bonus-min').fill('15');
  await page.getByTestId('ask-bonus-max').fill('20');
  await expect(page.getByTestId('comp-findings').locator('[data-rule="comp-band"]').first()).toContainText(/above the .*band/);
  await expect(page.getByTestId('band-chart')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  // min > max is refused inline and nothing is saved.
  await page.getByTestId('ask-base-max').fill('200000');
  await expect(page.getByTestId('comp-view')).toContainText('is above the highest');
  await expect(page.getByTestId('save-status')).toContainText('Not saved yet');
  await page.getByTestId('ask-base-max').fill('260000');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await expect(page.getByTestId('ask-totals')).toContainText('First year');
  await page.screenshot({ path: 'test-results/screens/compensation.png', fullPage: false });
  // Both Wells Fargo base bands, each named by its guide; the ask breaks both.
  const chart = page.getByTestId('band-chart');
  await expect(chart.getByTestId('band-chart-band')).toHaveCount(2);
  await expect(chart).toContainText('Band $150k–$210k · Wells Fargo guide (English)');
  await expect(chart).toContainText('Band $135k–$195k · Wells Fargo guide (Chinese)');
  await expect(chart).not.toContainText(/wf-en|wf-zh/);
  await chart.locator('xpath=..').screenshot({ path: 'test-results/screens/band-chart.png' });

  // Sources: each guide, what Dossier took from it, and where the guides disagree.
  await page.goto(`${origin}/#/c/${slug}/sources`);
  await expect(page.getByTestId('source-guide')).toHaveCount(2);
  await expect(page.getByTestId('source-guide').first()).toContainText('Wells Fargo guide (English)');
  await expect(page.getByTestId('source-guide').nth(1)).toContainText('Wells Fargo guide (Chinese)');
  await expect(page.getByTestId('source-borrowed')).toContainText('JPMorgan Chase guide');
  await expect(page.getByTestId('disagreement-wf-base')).toContainText('Base $135k–$195k');
  await expect(page.getByTestId('disagreement-wf-vesting')).toContainText('three-year cliff');
  await expect(page.getByTestId('sources-view')).not.toContainText(/\bwf-(en|zh)\b|guide-[A-C]/);
  await page.getByTestId('source-guide').nth(1).locator('summary', { hasText: 'Pay' }).click();
  await page.screenshot({ path: 'test-results/screens/sources.png', fullPage: true });
  await page.goto(`${origin}/#/c/${slug}/compensation`);
  await expect(page.getByTestId('band-chart')).toBeVisible();

  // Two offers side by side; an offer with min > max is refused inline.
  for (const [label, min, max] of [
    ['JPMorgan Chase', '190000', '200000'],
    ['Citi', '$175k', '$185k'],
  ] as const) {
    await page.getByRole('button', { name: 'Add an offer' }).click();
    await page.getByTestId('offer-label').fill(label);
    await page.getByTestId('offer-base-min').fill(min);
    await page.getByTestId('offer-base-max').fill(label === 'Citi' ? '1000' : max);
    await page.getByRole('button', { name: 'Add to the comparison' }).click();
    if (label === 'Citi') {
      await expect(page.getByTestId('offer')).toContainText('is above the highest');
      await page.getByTestId('offer-base-max').fill(max);
      await page.getByRole('button', { name: 'Add to the comparison' }).click();
    }
  }
  const table = page.getByTestId('offers-table');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table).toContainText('JPMorgan Chase');
  await expect(table.locator('.co-best').first()).toContainText('best');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const comp = await api<{ company: { compensation: { ask: { base: { min: number; max: number } } | null } } }>(page, 'companies.get', { slug });
  expect(comp.company.compensation.ask?.base).toEqual({ min: 230000, max: 260000 });
  await expect
    .poll(async () => (await api<{ company: { compensation: { offers: unknown[] } } }>(page, 'companies.get', { slug })).company.compensation.offers.length)
    .toBe(2);

  // Rehearsal: a spoken comp memo, started and stopped; the run is logged.
  const memo = await api<{ id: string }>(page, 'documents.create', { company: slug, templateId: 'comp-memo', title: 'Comp pitch' });
  await api(page, 'documents.update', {
    company: slug,
    id: memo.id,
    baseRevision: null,
    patch: {
      sections: {
        anchor: 'I am anchoring on AI product roles at large banks such as Chase and Citi.',
        base: 'For base I am looking at $185,000 to $205,000, inside your published band.',
        close: 'I would like the package to reflect long-term alignment through equity.',
      },
    },
  });
  await page.goto(`${origin}/#/c/${slug}/d/${memo.id}`);
  await page.getByTestId('rehearse').click();
  const overlay = page.getByTestId('rehearsal');
  await expect(overlay).toBeVisible();
  await expect(page.getByTestId('rehearsal-estimate')).toContainText('words a minute');
  await overlay.getByRole('button', { name: 'Start' }).click();
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('rehearsal-clock')).not.toHaveText('0:00');
  await overlay.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByTestId('rehearsal-log').locator('li')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/rehearsal.png', fullPage: false });
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  const doc = await api<{ rehearsals: { seconds: number }[] }>(page, 'documents.get', { company: slug, id: memo.id });
  expect(doc.rehearsals).toHaveLength(1);
  expect(doc.rehearsals[0]?.seconds).toBeGreaterThanOrEqual(1);

  // Loop: link the memo to the first round; its chip opens it.
  await page.goto(`${origin}/#/c/${slug}/loop`);
  await page.getByLabel('Link a document to Recruiter screen').selectOption({ label: 'Comp pitch' });
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.getByTestId('round').first().getByRole('button', { name: 'Comp pitch', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/d/${memo.id}$`));

  // Coverage: thin competencies flagged; job description terms matched against documents.
  await page.goto(`${origin}/#/c/${slug}/coverage`);
  await expect(page.getByTestId('coverage-gaps')).toContainText('need more material');
  await expect(page.getByTestId('coverage-table').locator('tr[data-thin="true"]').first()).toBeVisible();
  await page.getByLabel('Job description').fill(
    'AI Product Manager. You will own model risk management under SR 11-7, partner with Chase-style fair lending reviews (ECOA), and anchor compensation discussions.',
  );
  await page.getByRole('button', { name: 'Save and find key terms' }).click();
  await expect(page.getByTestId('jd-uncovered')).toContainText('SR 11-7');
  await page.screenshot({ path: 'test-results/screens/coverage.png', fullPage: true });

  // Dashboard: the two rounds on the timeline, the company card.
  await page.goto(`${origin}/#/dashboard`);
  await expect(page.getByTestId('timeline')).toContainText('Recruiter screen');
  await expect(page.getByTestId('timeline')).toContainText('PM case study');
  await expect(page.getByTestId('dashboard-company')).toContainText('Wells Fargo');
  await expect(page.getByRole('progressbar', { name: 'Wells Fargo checklist progress' })).toHaveAttribute('aria-valuenow', '1');
  await page.screenshot({ path: 'test-results/screens/dashboard.png', fullPage: false });
});

test('custom company: its own bands, then an ask above them', async ({ page }) => {
  await page.goto(app.server.url);
  const origin = app.server.origin;
  // Let the first screen list its folders (and open the first) before the address changes.
  await expect(page.getByTestId('company-link').first().or(page.getByText('No folders yet'))).toBeVisible();
  const created = await api<{ slug: string; name: string }>(page, 'companies.create', { name: 'Acme Credit Union', profileId: null });
  await page.goto(`${origin}/#/c/${created.slug}/compensation`);
  await expect(page.getByTestId('company-title')).toHaveText(created.name);
  const bands = page.getByTestId('bands-editor');
  await expect(bands).toHaveAttribute('open', '');
  await bands.getByTestId('band-base-min').fill('180000');
  await bands.getByTestId('band-base-max').fill('150000');
  await bands.getByRole('button', { name: 'Save bands' }).click();
  await expect(bands).toContainText('is above the highest');
  await bands.getByTestId('band-base-max').fill('200000');
  await bands.getByRole('button', { name: 'Save bands' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await expect(bands).toContainText('$180,000–$200,000');

  await page.getByTestId('ask-base-min').fill('210000');
  await page.getByTestId('ask-base-max').fill('225000');
  await expect(page.getByTestId('comp-findings').locator('[data-rule="comp-band"]')).toContainText(/above the .*band/);
  await page.getByTestId('ask-base-max').fill('-5');
  await expect(page.getByTestId('comp-view')).toContainText('cannot be negative');
  await expect(page.getByTestId('save-status')).toContainText('Not saved yet');
  // The last valid ask was saved (at once, if it was still waiting); the refused one was not.
  await expect
    .poll(async () => (await api<{ company: { compensation: { ask: { base: unknown } | null } } }>(page, 'companies.get', { slug: created.slug })).company.compensation.ask?.base)
    .toEqual({ min: 210000, max: 225000 });
});

test('an address opened while the folder list is still loading wins over the home screen', async ({ page }) => {
  await page.goto(app.server.url);
  const origin = app.server.origin;
  await expect(page.getByTestId('company-link').first().or(page.getByText('No folders yet'))).toBeVisible();
  await api(page, 'companies.create', { name: 'First Folder Bank', profileId: null });
  const target = await api<{ slug: string; name: string }>(page, 'companies.create', { name: 'Late Link Credit', profileId: null });
  // Hold the folder list back so the home screen's "open the first folder" lands after the address changed.
  await page.route('**/api/companies.list', async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.goto(`${origin}/`);
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/c/${target.slug}/compensation`);
  await expect(page.getByTestId('bands-editor')).toBeVisible();
  await page.waitForTimeout(1_000);
  await expect(page).toHaveURL(new RegExp(`#/c/${target.slug}/compensation$`));
  await expect(page.getByTestId('company-title')).toHaveText(target.name);
});

test('an address that changes while the app first draws is followed', async ({ page }) => {
  await page.goto(app.server.url);
  const origin = app.server.origin;
  await expect(page.getByTestId('company-link').first().or(page.getByText('No folders yet'))).toBeVisible();
  const target = await api<{ slug: string; name: string }>(page, 'companies.create', { name: 'Early Hash Savings', profileId: null });
  // Change the address right after React's first commit, before its effects run.
  await page.addInitScript((hash) => {
    const observer = new MutationObserver(() => {
      if (!document.getElementById('root')?.firstChild) return;
      observer.disconnect();
      window.location.hash = hash;
    });
    observer.observe(document, { childList: true, subtree: true });
  }, `#/c/${target.slug}/compensation`);
  await page.goto(`${origin}/`);
  await expect(page.getByTestId('bands-editor')).toBeVisible();
  await expect(page.getByTestId('company-title')).toHaveText(target.name);
});
