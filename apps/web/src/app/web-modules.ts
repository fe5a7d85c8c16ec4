import type { WebModule } from './web-module';

/**
 * The web modules, one line each: a folder `modules/<name>/` named after its server module. The order is the order of the
 * H5 home tiles (the console menu has its own `order` numbers). A module may add `<name>.module.ts` (phone pages, H5 tiles,
 * notice links; read by both entries) and `<name>.console.tsx` (console pages and menu; read by the console entry only).
 */
export const WEB_MODULE_NAMES = [
  'cases',
  'claims',
  'volunteers',
  'org',
  'residents',
  'auth',
  'users',
  'audit',
  'calendar',
  'notifications',
  'mediation',
  'deliberation',
] as const;

/** The manifests found under `modules/*` in list order; a manifest of a module missing from the list stops the app. */
export function inListOrder<T>(found: Record<string, T>, suffix: string): T[] {
  const byName = new Map<string, T>();
  for (const [file, manifest] of Object.entries(found)) {
    const name = /\/modules\/([^/]+)\/([^/]+)$/.exec(file);
    if (!name || name[2] !== `${name[1]}${suffix}` || !(WEB_MODULE_NAMES as readonly string[]).includes(name[1])) {
      throw new Error(`${file}: a web module manifest is modules/<name>/<name>${suffix} of a module listed in app/web-modules.ts`);
    }
    byName.set(name[1], manifest);
  }
  return WEB_MODULE_NAMES.flatMap((n) => (byName.has(n) ? [byName.get(n)!] : []));
}

// Vite turns the glob into static imports of the light manifests: the phone entry loads them with its first chunk.
const found = import.meta.glob<WebModule>('../modules/*/*.module.ts', { eager: true, import: 'webModule' });

/** Every module's light manifest, in list order. */
export const WEB_MODULES: readonly WebModule[] = inListOrder(found, '.module.ts');
