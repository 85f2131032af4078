// Screenshots of the editor, interview loop, dashboard and rehearsal views in light and dark at
// 1440 and 1024 px, for reviewing layout changes by eye. They land in the e2e output folder
// (test-results/screens/<label>/, label from SCREENS_LABEL, default "current"); the test also
// checks each view fits its width (no horizontal page scroll), so it can fail.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { callFromPage, repoRoot, startApp } from './helpers';
import type { TestApp } from './helpers';

let app: TestApp;

const WEAK_DRAFT = `---
template: impact-brief
company: COMPANY
title: Churn model first draft
---
## Problem
Worked on a churn model that helped the retention team a lot.

## Decisions I owned
- We decided to move fast and break things.
- Built the scoring service in PyTorch with a 6-layer network.

## Outcome
Accuracy went up significantly.

## Risk and compliance
We shipped the fix overnight and briefed compliance the following week.
`;

test.beforeAll(async () => {
  app = await startApp({ sample: true });
});
test.afterAll(async () => {
  await app?.dispose();
});

const label = process.env.SCREENS_LABEL ?? 'current';
const outDir = join(repoRoot, 'test-results', 'screens', label);

async function noHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Text cut off without an ellipsis: an element that clips its overflow, is wider inside than
 * out, and either sets no text-overflow: ellipsis or holds the text in children (where the
 * ellipsis does not apply). Returns "tag.class: text" for each.
 */
async function cutText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      if (el.closest('.cm-editor, iframe, svg')) continue;
      const cs = getComputedStyle(el);
      if (cs.overflowX !== 'hidden' && cs.overflowX !== 'clip') continue;
      // Screen-reader-only text is 1 px wide on purpose.
      if (el.clientWidth <= 1 || el.scrollWidth <= el.clientWidth + 1) continue;
      const text = (el.textContent ?? '').trim();
      if (!text) continue;
      const ownText = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (cs.textOverflow === 'ellipsis' && ownText) continue;
      out.push(`${el.tagName.toLowerCase()}.${el.className}: ${text.slice(0, 60)}`);
    }
    return out;
  });
}

test('editor, loop, dashboard and rehearsal at 1440 and 1024 px, light and dark', async ({
  page,
}) => {
  test.setTimeout(120_000);
  mkdirSync(outDir, { recursive: true });
  await page.goto(app.server.url);
  await expect(page.getByTestId('document-row').first()).toBeVisible();
  await page.getByTestId('document-row').first().getByRole('button').first().click();
  await expect(page.getByTestId('live-score')).toBeVisible();
  const slug = /#\/c\/([^/]+)/.exec(new URL(page.url()).hash)?.[1];
  expect(slug).toBeTruthy();
  const post = async (op: string, body: unknown) =>
    (await callFromPage<{ id: string }>(page, op, body)).id;
  // A weak first draft, so the editor shows findings.
  const draftId = await post('documents.import', {
    company: slug,
    markdown: WEAK_DRAFT.replace('COMPANY', slug ?? ''),
  });
  const editorHash = `#/c/${slug}/d/${draftId}`;
  const memoId = await post('documents.create', {
    company: slug,
    templateId: 'comp-memo',
    title: 'Compensation pitch',
  });

  const cut: string[] = [];
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const shot = async (view: string) => {
        await expect(page.getByText('Loading…')).toHaveCount(0);
        await noHorizontalScroll(page);
        cut.push(...(await cutText(page)).map((c) => `${view} ${scheme} ${width}: ${c}`));
        await page.screenshot({ path: join(outDir, `${view}-${scheme}-${width}.png`) });
      };

      await page.goto(`${app.server.origin}/${editorHash}`);
      await expect(page.getByTestId('live-score')).toBeVisible();
      await expect(page.getByTestId('finding').first()).toBeVisible();
      await shot('editor');

      await page.goto(`${app.server.origin}/#/c/${slug}/loop`);
      await expect(page.getByTestId('company-loop')).toBeVisible();
      await shot('loop');

      await page.goto(`${app.server.origin}/#/dashboard`);
      await expect(page.getByTestId('dashboard-company').first()).toBeVisible();
      await shot('dashboard');

      await page.goto(`${app.server.origin}/#/c/${slug}/d/${memoId}`);
      await page.getByTestId('rehearse').click();
      await expect(page.getByTestId('rehearsal')).toBeVisible();
      await shot('rehearsal');
      await page.keyboard.press('Escape');
    }
  }
  expect(cut).toEqual([]);
});
