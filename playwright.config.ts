// End-to-end tests drive the real UI in browser mode with Debian's Chromium (no browser download).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './src/node/chromiumPrinter';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // CI machines can be slower than a laptop; a UI step gets 10 s before it counts as failed.
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: [...CHROMIUM_ARGS],
    },
    viewport: { width: 1440, height: 900 },
  },
});
