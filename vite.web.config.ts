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
    // The one chunk over Vite's 500 kB warning is wink-nlp's English model (about 3.8 MB, 1.1 MB
    // compressed), which the editor loads in idle time once typing pauses, never for the first
    // screen (bench ui's first-row figure covers what the first screen loads). Any other chunk
    // past this size still warns.
    chunkSizeWarningLimit: 4_000,
    rolldownOptions: {
      // Rolldown's "callbacks ran for 2.9s" timing report is for bundler authors, not for someone
      // starting browser mode; real warnings still print.
      checks: { bundlerTimings: false },
      output: { codeSplitting: rendererChunks },
    },
  },
});
