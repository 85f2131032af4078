// Keystroke -> updated findings in the real UI (browser mode, Debian Chromium).
// The editor records window.__dossierPerf.lastCheckMs: from the input event to findings rendered.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../src/node/chromiumPrinter';
import { median, percentile } from './benchStats';

const root = resolve(import.meta.dirname, '..');
/** Enough keystrokes that the p95 is not just the second-worst sample. */
const SAMPLES = 120;

async function startServer(workspace: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--workspace', workspace, '--port', '0', '--sample'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let buf = '';
    const timer = setTimeout(() => fail(new Error('server did not start in 30 s')), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(buf);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.on('exit', (code) => fail(new Error(`server exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

export async function benchUi(): Promise<Record<string, number>> {
  if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) {
    throw new Error('build the renderer first: npm run build:web');
  }
  const workspace = mkdtempSync(join(tmpdir(), 'dossier-bench-ui-'));
  const server = await startServer(workspace);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    // The sample workspace opens with its impact brief; open the first document.
    await page.getByTestId('document-row').first().click();
    const editor = page.locator('.cm-content').first();
    await editor.click();
    await page.keyboard.press('End');
    const samples: number[] = [];
    // The rubric.check round trip alone (HTTP + check), to tell transport from rendering.
    const requests: number[] = [];
    const words = ['helped', ' various', ' teams', ' significant', ' ', 'a', 'b'];
    for (let i = 0; i < SAMPLES; i++) {
      const before = await page.evaluate(() => (window as unknown as { __dossierPerf?: { count?: number } }).__dossierPerf?.count ?? 0);
      await page.keyboard.type(words[i % words.length] ?? 'x');
      await page.waitForFunction(
        (n) => ((window as unknown as { __dossierPerf?: { count?: number } }).__dossierPerf?.count ?? 0) > n,
        before,
        { timeout: 5000 },
      );
      const perf = await page.evaluate(() => (window as unknown as { __dossierPerf: { lastCheckMs: number; lastRequestMs: number } }).__dossierPerf);
      samples.push(perf.lastCheckMs);
      requests.push(perf.lastRequestMs);
    }
    return {
      keystrokeToFindingsMedianMs: median(samples),
      keystrokeToFindingsP95Ms: percentile(samples, 95),
      checkRequestMedianMs: median(requests),
      checkRequestP95Ms: percentile(requests, 95),
      samples: samples.length,
    };
  } finally {
    await browser.close();
    server.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
}
