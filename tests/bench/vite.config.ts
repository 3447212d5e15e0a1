import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/** Builds the benchmark harness (tests/bench/harness.html) into dist-bench/, apart from the app. */
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: './',
  plugins: [svelte({ configFile: new URL('../../svelte.config.js', import.meta.url).pathname })],
  publicDir: false,
  build: {
    outDir: new URL('../../dist-bench', import.meta.url).pathname,
    emptyOutDir: true,
    rollupOptions: { input: new URL('harness.html', import.meta.url).pathname },
  },
});
