// What a new user meets in the first hour: lists that continue without doubling the marker,
// adding an interview round, the template picker's order, and a console that stays quiet.
import { expect, test } from '@playwright/test';
import type { ConsoleMessage, Page } from '@playwright/test';
import { callFromPage as api, startApp } from './helpers';
import type { TestApp } from './helpers';

let app: TestApp;

test.beforeAll(async () => {
  app = await startApp({ sample: true });
});
test.afterAll(async () => {
  await app?.dispose();
});

async function newFolder(page: Page, name: string, profileId: string | null): Promise<string> {
  const c = await api<{ slug: string }>(page, 'companies.create', { name, profileId });
  return c.slug;
}

async function lines(page: Page, section: string): Promise<string[]> {
  return page
    .getByTestId(`section-${section}`)
    .locator('.cm-line')
    .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
}

test('Enter continues a list once; a marker typed out of habit is not doubled', async ({ page }) => {
  await page.goto(app.server.url);
  const slug = await newFolder(page, 'Lists Bank', null);
  const doc = await api<{ id: string }>(page, 'documents.create', {
    company: slug,
    templateId: 'impact-brief',
    title: 'Lists',
  });
  await page.goto(`${app.server.origin}/#/c/${slug}/d/${doc.id}`);
  await page.getByTestId('section-decisions').locator('.cm-content').click();
  // Typed the way people type in any text box: each item with its own marker.
  await page.keyboard.type('- Chose real-time scoring');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Kept a manual review queue');
  await page.keyboard.press('Enter');
  // Typed the way Markdown editors invite: let Enter supply the marker.
  await page.keyboard.type('Set the 45 ms latency budget');
  // Enter on an empty item ends the list.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('After the list.');
  await expect
    .poll(() => lines(page, 'decisions'))
    .toEqual([
      '- Chose real-time scoring',
      '- Kept a manual review queue',
      '- Set the 45 ms latency budget',
      '',
      'After the list.',
    ]);
  // Ordered lists too: "2. " is inserted, a typed "2. " replaces it.
  await page.getByTestId('section-outcome').locator('.cm-content').click();
  await page.keyboard.type('1. Cut losses');
  await page.keyboard.press('Enter');
  await page.keyboard.type('2. Kept approvals flat');
  await expect.poll(() => lines(page, 'outcome')).toEqual(['1. Cut losses', '2. Kept approvals flat']);
  // Pasted items land on the inserted marker without nesting.
  await page.getByTestId('section-risk').locator('.cm-content').click();
  await page.keyboard.type('- Model risk reviewed the design');
  await page.keyboard.press('Enter');
  await page.getByTestId('section-risk').locator('.cm-content').evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', '- Validation signed off\n- Drift monitored monthly');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect
    .poll(() => lines(page, 'risk'))
    .toEqual(['- Model risk reviewed the design', '- Validation signed off', '- Drift monitored monthly']);
  // One undo takes the paste back to the inserted marker, never to a doubled one.
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => lines(page, 'risk')).toEqual(['- Model risk reviewed the design', '- ']);
});

test('Add round scrolls to the new round and puts the cursor in its name; a disabled .ics says why', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(app.server.url);
  const slug = await newFolder(page, 'Loop Bank', 'wells-fargo');
  await page.goto(`${app.server.origin}/#/c/${slug}/loop`);
  const rounds = page.getByTestId('round');
  await expect(rounds.first()).toBeVisible();
  const before = await rounds.count();
  expect(before).toBeGreaterThan(2);

  // No round has a date yet: the download is disabled and says what would enable it.
  const ics = page.getByTestId('download-ics');
  await expect(ics).toBeDisabled();
  await expect(ics).toHaveAccessibleDescription(/give a round its date/i);
  await expect(page.getByTestId('ics-why')).toBeVisible();

  await page.getByTestId('add-round').click();
  await expect(rounds).toHaveCount(before + 1);
  const name = rounds.last().getByRole('textbox', { name: 'Round name' });
  await expect(name).toBeFocused();
  await expect(name).toBeInViewport();
  // The placeholder name is selected, so typing replaces it.
  await page.keyboard.type('Model risk deep dive');
  await expect(name).toHaveValue('Model risk deep dive');
});

test('the template picker lists what the folder recommends first', async ({ page }) => {
  await page.goto(app.server.url);
  const slug = await newFolder(page, 'Order Bank', 'wells-fargo');
  const fin = await newFolder(page, 'Order Fintech', 'fintech');
  const blank = await newFolder(page, 'Order Blank', null);
  const checklistTemplates = async (s: string) =>
    (await api<{ company: { checklist: { templateId?: string }[] } }>(page, 'companies.get', { slug: s })).company.checklist
      .flatMap((c) => (c.templateId ? [c.templateId] : []));

  const order = async (s: string) => {
    await page.goto(`${app.server.origin}/#/c/${s}/documents`);
    await page.getByTestId('new-document').first().click();
    const dialog = page.getByTestId('new-document-dialog');
    await expect(dialog.getByTestId('template-impact-brief')).toBeVisible();
    const ids = await dialog
      .locator('.template-card')
      .evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').replace('template-', '')));
    const recommended = await dialog
      .getByTestId('templates-recommended')
      .locator('.template-card')
      .evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').replace('template-', '')));
    await page.keyboard.press('Escape');
    return { ids, recommended };
  };

  for (const s of [slug, fin]) {
    const { ids, recommended } = await order(s);
    // The impact brief the empty folder suggests comes first, then the checklist's templates.
    expect(ids[0]).toBe('impact-brief');
    expect(recommended).toEqual([...new Set(['impact-brief', ...(await checklistTemplates(s))])]);
    expect(ids.slice(0, recommended.length)).toEqual(recommended);
    expect(new Set(ids).size).toBe(ids.length);
  }
  await expect(page.getByRole('heading', { name: /recommended for order bank/i })).toHaveCount(0);
  const { ids } = await order(blank);
  expect(ids[0]).toBe('impact-brief');
});

test('the console stays clean on every main screen', async ({ page }) => {
  const noise: string[] = [];
  const listen = (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') noise.push(`${m.type()}: ${m.text()}`);
  };
  page.on('console', listen);
  page.on('pageerror', (e) => noise.push(`pageerror: ${e.message}`));

  await page.goto(app.server.url);
  await expect(page.getByTestId('document-row').first()).toBeVisible();
  const slug = /#\/c\/([^/]+)/.exec(new URL(page.url()).hash)?.[1];
  expect(slug).toBeTruthy();

  await page.getByTestId('new-document').first().click();
  await expect(page.getByTestId('template-impact-brief')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByTestId('open-settings').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByTestId('document-row').first().getByRole('button').first().click();
  await expect(page.getByTestId('live-score')).toBeVisible();
  await page.getByTestId('section-outcome').locator('.cm-content').click();
  await page.keyboard.type(' Worked on various things.');
  await expect(page.locator('[data-testid="finding"][data-rule="vague-language"]').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Preview' }).click();

  for (const tab of ['loop', 'checklist', 'compensation', 'coverage'] as const) {
    await page.goto(`${app.server.origin}/#/c/${slug}/${tab}`);
    await expect(page.getByTestId(`company-${tab}`)).toBeVisible();
    await expect(page.getByText('Loading…')).toHaveCount(0);
  }
  await page.goto(`${app.server.origin}/#/dashboard`);
  await expect(page.getByTestId('dashboard-company').first()).toBeVisible();

  const memo = await api<{ id: string }>(page, 'documents.create', {
    company: slug,
    templateId: 'comp-memo',
    title: 'Comp pitch',
  });
  await page.goto(`${app.server.origin}/#/c/${slug}/d/${memo.id}`);
  await page.getByTestId('rehearse').click();
  await expect(page.getByTestId('rehearsal')).toBeVisible();
  await page.keyboard.press('Escape');
  // A reload (the launch token was already exchanged for the cookie) is a normal session too.
  await page.reload();
  await expect(page.getByTestId('live-score')).toBeVisible();

  expect(noise).toEqual([]);
});

test('editor header: competency toggles say what they do, history waits for two snapshots, counters explain the budget', async ({
  page,
}) => {
  await page.goto(app.server.url);
  const slug = await newFolder(page, 'Header Bank', null);
  const doc = await api<{ id: string }>(page, 'documents.create', { company: slug, templateId: 'impact-brief' });
  await page.goto(`${app.server.origin}/#/c/${slug}/d/${doc.id}`);
  await expect(page.getByTestId('live-score')).toBeVisible();

  const group = page.getByRole('group', { name: 'Competencies it shows' });
  await expect(group).toHaveAccessibleDescription(/mark what this document gives evidence for/i);
  const chip = group.getByRole('button', { name: 'Product vision' });
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');

  // One snapshot draws no line; the second does, with a visible label.
  await page.getByTestId('snapshot').click();
  await expect(page.getByTestId('snapshot-toast')).toBeVisible();
  await expect(page.getByTestId('score-history-stat')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByTestId('score-history-stat')).toContainText('since first snapshot');

  // 100 words in an 80-word share: over, explained, not alarming.
  await page.getByTestId('section-problem').locator('.cm-content').click();
  await page.keyboard.insertText(Array.from({ length: 100 }, (_, i) => `word${i}`).join(' '));
  const counter = page.getByTestId('section-problem').getByTestId('section-words');
  await expect(counter).toHaveAttribute('data-tone', 'over');
  await expect(counter).toHaveAttribute('title', /share is about 80 words; at 100 it is over/);
});
