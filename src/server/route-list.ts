// Every route the app registers, read from Express's own router stacks, so that a test can prove each one is either
// public by name or refuses anonymous callers (a route added later cannot slip past that test).
import type { Express } from 'express';

export interface RouteEntry {
  method: string;
  /** The path pattern (`:id` for parameters); `/*` marks a static mount. */
  path: string;
}

interface LayerLike {
  rawPath?: unknown;
  slash?: boolean;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: LayerLike[]; name?: string };
  name?: string;
}

const joined = (prefix: string, path: string) => (prefix + (path === '/' && prefix ? '' : path)).replace(/\/+/g, '/');

function walk(stack: readonly LayerLike[], prefix: string, out: RouteEntry[]): void {
  for (const layer of stack) {
    const raw = typeof layer.rawPath === 'string' ? layer.rawPath : '/';
    if (layer.route) {
      const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
      for (const path of paths) {
        for (const method of Object.keys(layer.route.methods)) {
          out.push({ method: method.toUpperCase(), path: joined(prefix, String(path)) });
        }
      }
    } else if (layer.handle?.stack) {
      walk(layer.handle.stack, layer.slash ? prefix : joined(prefix, raw), out);
    } else if (layer.name === 'serveStatic' && raw !== '/') {
      out.push({ method: 'GET', path: `${joined(prefix, raw)}/*` });
    }
  }
}

export function listRoutes(app: Express): RouteEntry[] {
  const out: RouteEntry[] = [];
  const router = (app as unknown as { router?: { stack: LayerLike[] } }).router;
  walk(router?.stack ?? [], '', out);
  const seen = new Set<string>();
  return out.filter((entry) => {
    const key = `${entry.method} ${entry.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
