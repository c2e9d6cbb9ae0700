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
