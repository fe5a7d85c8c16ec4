import type { AppDeps } from '../../platform/app-deps';

/** The clock of the app (tests move it). */
export function nowOf(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}
