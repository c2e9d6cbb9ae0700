// Hash routes: the back button works and every place has an address to test.
export const AREAS = ['vault', 'documents', 'emergency', 'prevention'] as const;
export type Area = (typeof AREAS)[number];
export type Route = { kind: 'home' } | { kind: 'area'; area: Area } | { kind: 'settings' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'settings') return { kind: 'settings' };
  const area = AREAS.find((candidate) => candidate === path);
  return area ? { kind: 'area', area } : { kind: 'home' };
}

export function href(route: Route): string {
  switch (route.kind) {
    case 'home':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'area':
      return `#/${route.area}`;
  }
}

export const router = $state<{ route: Route }>({ route: parseRoute(window.location.hash) });

window.addEventListener('hashchange', () => {
  router.route = parseRoute(window.location.hash);
});
