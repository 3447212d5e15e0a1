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
    // The modules the first view needs that code loaded later shares (the model, the matrix's
    // layout and definition, colours, d3-scale): one chunk, not the six small ones that the
    // bundler's split by importer would make of them (1.7 kB more to fetch). List only modules of
    // the first view: one listed that is not would be fetched with it, which `npm run budget` shows.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'first-load',
              test: /src\/(lib\/(model\/(framework|compare|levelOrder|changes|pathway)|charts\/(kinds|types|legend)|layout\/(colour|colourMaths|wrap|legibility)|export\/pdfPage|formats\/exports|dom\/focus)|charts\/matrix\/(definition|layout))\.ts|node_modules\/(d3-array|internmap)\//,
            },
          ],
        },
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
