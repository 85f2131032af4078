import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // An empty home folder per test process: a developer's ~/Documents/Dossier never reaches a test.
    setupFiles: ['tests/unit/fixtures/setupIsolatedHome.ts'],
  },
});
