// electron-vite: main (and its worker) and preload from electron/, renderer from src/renderer.
// lowdb is ESM-only, so it is bundled rather than externalized; the sandboxed preload is CommonJS.
import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { rendererChunks } from './scripts/rendererChunks.ts';

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin({ exclude: ['lowdb', 'steno'] })],
    build: {
      outDir: 'out/main',
      // The heavy-operations worker is its own entry (heavyWorker.js beside index.js): exports and
      // checks run in worker threads, off the main process that drives the window.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/main/index.ts'), heavyWorker: resolve(__dirname, 'src/node/offload/heavyWorker.ts') },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
        output: { codeSplitting: rendererChunks },
      },
    },
  },
});
