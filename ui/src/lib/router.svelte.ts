// Hash routes: the back button works and every place has an address to test.
import type { ScenarioId } from './bindings/ScenarioId';

export const AREAS = ['vault', 'documents', 'emergency', 'prevention'] as const;
export type Area = (typeof AREAS)[number];
export const SCENARIOS: readonly ScenarioId[] = ['taking-now', 'threatened', 'taken-abroad'];
/** An area, and within the emergency area optionally the chosen scenario. */
export type Route =
  | { kind: 'home' }
  | { kind: 'area'; area: Area; scenario?: ScenarioId }
  | { kind: 'settings' };

export function parseRoute(hash: string): Route {
  const [path = '', sub] = hash.replace(/^#\/?/, '').split('/');
  if (path === 'settings') return { kind: 'settings' };
  const area = AREAS.find((candidate) => candidate === path);
  if (!area) return { kind: 'home' };
  const scenario = area === 'emergency' ? SCENARIOS.find((id) => id === sub) : undefined;
  return scenario ? { kind: 'area', area, scenario } : { kind: 'area', area };
}

export function href(route: Route): string {
  switch (route.kind) {
    case 'home':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'area':
      return route.scenario ? `#/${route.area}/${route.scenario}` : `#/${route.area}`;
  }
}

export const router = $state<{ route: Route }>({ route: parseRoute(window.location.hash) });

window.addEventListener('hashchange', () => {
  router.route = parseRoute(window.location.hash);
});
