/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  publicDir: 'static',
  base: './',
  // One stylesheet, which scripts/prerender.ts inlines into the prerendered page: the charts loaded
  // later then bring no stylesheet of their own. The manifest tells the budget check and the
  // benchmark which chunks the first view loads. Every browser the app supports has modulepreload,
  // so the entry needs no polyfill for it.
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
    // Everything the first view imports statically (the entry, src/boot.ts, the app and the
    // modules it shares with code loaded later, the Svelte runtime among them) is one chunk: the
    // page is live after one request for code, not eight side by side (each answered and
    // compiled in turn: about 15 ms more until live, in A/B runs), and one file compresses better
    // than eight.
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'tests/bench/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['src/**/*.ssr.test.ts'],
          environment: 'node',
        },
      },
      {
        // Charts rendered as the server renders them (svelte/server), as the prerender does: without
        // the testing library's plugin, which makes every test load Svelte's browser build.
        plugins: [svelte()],
        test: { name: 'ssr', include: ['src/**/*.ssr.test.ts'], environment: 'node' },
      },
    ],
  },
});
