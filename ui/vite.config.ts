import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';

// The Fluent files live with the Rust i18n crate (one source of truth per language).
const localesDir = fileURLToPath(new URL('../src-tauri/crates/i18n/locales', import.meta.url));

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  resolve: { alias: { $locales: localesDir } },
  // Tauri serves the built files from a custom protocol; no dev server is used in CI.
  clearScreen: false,
  server: { strictPort: true, port: 1420, fs: { allow: ['.', localesDir] } },
  build: {
    target: 'safari15',
    outDir: 'dist',
    emptyOutDir: true,
    // Everything is local: no inline data URLs for assets (keeps the CSP simple).
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/tests/setup.ts'],
    include: ['src/**/*.test.ts'],
  },
});
