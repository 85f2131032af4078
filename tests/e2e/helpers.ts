// Shared end-to-end helper: starts the browser-mode server over a fresh temp workspace and
// returns the tokenized launch URL. The renderer must be built (npm run build:web; `npm run
// test:e2e` does it); if out/renderer is missing the helper builds it once.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export interface RunningServer {
  /** Launch URL with ?token=…; open it once per browser context. */
  url: string;
  /** Origin only (http://127.0.0.1:PORT), for building other URLs. */
  origin: string;
  workspace: string;
  /** Stops the server (the workspace stays). */
  stop: () => Promise<void>;
}

export interface TestApp {
  workspace: string;
  server: RunningServer;
  /** Stops the server and starts a new one over the same workspace; returns the new server. */
  restart: () => Promise<RunningServer>;
  /** Stops the server and deletes the workspace. */
  dispose: () => Promise<void>;
}

export function ensureRendererBuilt(): void {
  if (existsSync(join(repoRoot, 'out', 'renderer', 'index.html'))) return;
  const built = spawnSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (built.status !== 0)
    throw new Error('Could not build the renderer (npx vite build --config vite.web.config.ts).');
}

const URL_PATTERN = /(http:\/\/(?:127\.0\.0\.1|localhost):\d+\/\?token=[0-9a-zA-Z_-]+)/;

/** Starts `src/server/main.ts` over `workspace` on a random port and waits for its URL. */
export async function startServer(
  workspace: string,
  opts: { sample?: boolean } = {},
): Promise<RunningServer> {
  const args = ['--import', 'tsx', 'src/server/main.ts', '--workspace', workspace, '--port', '0'];
  if (opts.sample) args.push('--sample');
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, args, {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, BROWSER: 'none', DOSSIER_NO_OPEN: '1' },
  });
  let output = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`The server did not print its URL within 30 s. Output:\n${output}`)),
      30_000,
    );
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = URL_PATTERN.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`The server exited with code ${code}. Output:\n${output}`));
    });
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(force);
        done();
      });
      child.kill('SIGTERM');
    });
  return { url, origin: new URL(url).origin, workspace, stop };
}

/** A fresh temp workspace (with the sample company when `sample`) and a server over it. */
export async function startApp(opts: { sample?: boolean } = {}): Promise<TestApp> {
  ensureRendererBuilt();
  const workspace = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  const app: TestApp = {
    workspace,
    server: await startServer(workspace, opts),
    restart: async () => {
      await app.server.stop();
      app.server = await startServer(workspace);
      return app.server;
    },
    dispose: async () => {
      await app.server.stop();
      rmSync(workspace, { recursive: true, force: true });
    },
  };
  return app;
}

/** Calls the browser-mode API from inside `page` (its session cookie); returns `data`, throws the error message. */
export async function callFromPage<T>(page: Page, op: string, body: unknown): Promise<T> {
  return (await page.evaluate(
    async ([op, body]) => {
      const res = await fetch(`/api/${op}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-dossier-request': '1' },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { ok: boolean; data: unknown; error?: { message: string } };
      if (!json.ok) throw new Error(json.error?.message ?? op);
      return json.data;
    },
    [op, body] as const,
  )) as T;
}

/** Answers the questions export may ask first (private terms, not ready yet) with "export anyway", until the export toast shows. */
export async function answerExportQuestions(page: Page): Promise<void> {
  const toast = page.getByTestId('export-toast').last();
  const terms = page.getByTestId('export-anyway');
  const notReady = page.getByTestId('export-anyway-not-ready');
  for (let i = 0; i < 3; i++) {
    await expect(toast.or(terms).or(notReady)).toBeVisible({ timeout: 60_000 });
    if (await terms.isVisible()) await terms.click();
    else if (await notReady.isVisible()) await notReady.click();
    else return;
  }
}
