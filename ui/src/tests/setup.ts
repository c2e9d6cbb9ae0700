import '@testing-library/jest-dom/vitest';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach } from 'vitest';
import { router } from '../lib/router.svelte';

afterEach(() => {
  clearMocks();
  window.location.hash = '';
  // hashchange fires asynchronously; reset the route now so the next test starts home.
  router.route = { kind: 'home' };
});

// jsdom has no ResizeObserver (Svelte's bind:clientWidth uses one). Tests that need
// sizes install their own fake (see vault-items.test.ts); others get one that is silent.
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
