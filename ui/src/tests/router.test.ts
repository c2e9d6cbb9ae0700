import { describe, expect, it } from 'vitest';
import { AREAS, href, parseRoute } from '../lib/router.svelte';

describe('router', () => {
  it('round-trips every route through its href', () => {
    const routes = [
      { kind: 'home' } as const,
      { kind: 'settings' } as const,
      ...AREAS.map((area) => ({ kind: 'area', area }) as const),
      { kind: 'area', area: 'emergency', scenario: 'taken-abroad' } as const,
      { kind: 'area', area: 'documents', document: 'plan' } as const,
      { kind: 'package' } as const,
      { kind: 'package', path: '/media/usb/waarborg-export 1/a&b?.tar.age' } as const,
      { kind: 'package', path: 'E:\\pakket' } as const,
    ];
    for (const route of routes) expect(parseRoute(href(route))).toEqual(route);
  });

  it('sends unknown addresses home', () => {
    expect(parseRoute('#/nowhere')).toEqual({ kind: 'home' });
    expect(parseRoute('')).toEqual({ kind: 'home' });
  });
});
