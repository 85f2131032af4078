// The renderer built alone for browser mode (npm run web) and the end-to-end tests.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { rendererChunks } from './scripts/rendererChunks.ts';

export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    rolldownOptions: {
      // Rolldown's "callbacks ran for 2.9s" timing report is for bundler authors, not for someone
      // starting browser mode; real warnings still print.
      checks: { bundlerTimings: false },
      output: { codeSplitting: rendererChunks },
    },
  },
});
