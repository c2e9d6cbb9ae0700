// Hash routes: the back button works and every place has an address to test.
import type { ScenarioId } from './bindings/ScenarioId';

export const AREAS = ['vault', 'documents', 'emergency', 'prevention'] as const;
export type Area = (typeof AREAS)[number];
export const SCENARIOS: readonly ScenarioId[] = ['taking-now', 'threatened', 'taken-abroad'];
export const DOCUMENTS = ['consent', 'plan'] as const;
export type DocumentKind = (typeof DOCUMENTS)[number];
/** The vault's screens; `items` is the default, `item` needs an id. */
export const VAULT_VIEWS = ['items', 'item', 'journal', 'people', 'travel', 'health'] as const;
export type VaultView = (typeof VAULT_VIEWS)[number];
/**
 * An area; within the emergency area optionally a scenario, within documents a document,
 * within the vault a view (and for `item` the item's id).
 */
export type Route =
  | { kind: 'home' }
  | {
      kind: 'area';
      area: Area;
      scenario?: ScenarioId;
      document?: DocumentKind;
      vaultView?: VaultView;
      id?: string;
    }
  | { kind: 'settings' }
  /** The package viewer (no vault needed); `path` opens that package at once. */
  | { kind: 'package'; path?: string };

export function parseRoute(hash: string): Route {
  const [path = '', sub, id] = hash.replace(/^#\/?/, '').split('/');
  if (path === 'settings') return { kind: 'settings' };
  if (path === 'package' || path.startsWith('package?')) {
    const query = new URLSearchParams(path.slice('package'.length));
    const packagePath = query.get('path');
    return packagePath ? { kind: 'package', path: packagePath } : { kind: 'package' };
  }
  const area = AREAS.find((candidate) => candidate === path);
  if (!area) return { kind: 'home' };
  if (area === 'vault') {
    const vaultView = VAULT_VIEWS.find((view) => view === sub);
    if (vaultView === 'item' && id) return { kind: 'area', area, vaultView, id };
    if (vaultView && vaultView !== 'item') return { kind: 'area', area, vaultView };
    return { kind: 'area', area };
  }
  const scenario = area === 'emergency' ? SCENARIOS.find((id) => id === sub) : undefined;
  if (scenario) return { kind: 'area', area, scenario };
  const document = area === 'documents' ? DOCUMENTS.find((id) => id === sub) : undefined;
  return document ? { kind: 'area', area, document } : { kind: 'area', area };
}

export function href(route: Route): string {
  switch (route.kind) {
    case 'home':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'package':
      return route.path ? `#/package?path=${encodeURIComponent(route.path)}` : '#/package';
    case 'area':
      if (route.scenario) return `#/${route.area}/${route.scenario}`;
      if (route.vaultView === 'item' && route.id) return `#/vault/item/${route.id}`;
      if (route.vaultView) return `#/vault/${route.vaultView}`;
      return route.document ? `#/${route.area}/${route.document}` : `#/${route.area}`;
  }
}

export const router = $state<{ route: Route }>({ route: parseRoute(window.location.hash) });

window.addEventListener('hashchange', () => {
  router.route = parseRoute(window.location.hash);
});
