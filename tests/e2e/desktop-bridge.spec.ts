// The Electron paths of the UI, driven in Chromium with a stand-in for the preload bridge
// (window.dossier) that forwards calls to the browser-mode API: menu commands run registry
// commands, and an export offers "Reveal in folder" and "Open" instead of a download link.
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

test('menu commands and export actions go through the desktop bridge', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const listeners: ((c: string) => void)[] = [];
    const revealed: string[] = [];
    w.__revealed = revealed;
    w.__menu = (c: string) => listeners.forEach((l) => l(c));
    w.dossier = {
      call: (name: string, req: unknown) =>
        fetch(`/api/${name}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', 'x-dossier-request': '1' },
          body: JSON.stringify(req),
        }).then((r) => r.json()),
      onCommand: (l: (c: string) => void) => {
        listeners.push(l);
        return () => listeners.splice(listeners.indexOf(l), 1);
      },
      reveal: (p: string) => {
        revealed.push(`reveal:${p}`);
        return Promise.resolve(null);
      },
      openPath: (p: string) => {
        revealed.push(`open:${p}`);
        return Promise.resolve(null);
      },
    };
  });
  await page.goto(app.server.url);
  await expect(page.getByTestId('document-row').first()).toBeVisible();

  await page.evaluate(() =>
    (window as unknown as { __menu: (c: string) => void }).__menu('new-company'),
  );
  await expect(page.getByTestId('new-company-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('new-company-dialog')).toHaveCount(0);

  // Esc works the moment a dialog appears: pressed right after React puts it in the page, before
  // any passive effect could run (this used to be lost, and the dialog stayed open).
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="new-company-dialog"]')) return;
      observer.disconnect();
      (window as unknown as { __escAt: number }).__escAt = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    (window as unknown as { __menu: (c: string) => void }).__menu('new-company');
  });
  // The dialog did appear (and got the key) ...
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { __escAt?: number }).__escAt)).toBe('number');
  // ... and that key closed it.
  await expect(page.getByTestId('new-company-dialog')).toHaveCount(0);

  await page.getByTestId('document-row').first().click();
  await expect(page.locator('.cm-content').first()).toBeVisible();
  await page.evaluate(() =>
    (window as unknown as { __menu: (c: string) => void }).__menu('export-docx'),
  );
  const toast = page.getByTestId('export-toast');
  // A sample document that is not ready yet is asked about once before it exports.
  const notReady = page.getByTestId('export-anyway-not-ready');
  await expect(toast.or(notReady)).toBeVisible({ timeout: 30_000 });
  if (await notReady.isVisible()) await notReady.click();
  await expect(toast).toContainText('.docx', { timeout: 30_000 });
  await expect(toast.getByTestId('export-download')).toHaveCount(0);
  await toast.getByRole('button', { name: 'Reveal in folder' }).click();
  const revealed = await page.evaluate(
    () => (window as unknown as { __revealed: string[] }).__revealed,
  );
  expect(revealed[0]).toMatch(/^reveal:companies\/.+\/exports\/.+\.docx$/);
});
