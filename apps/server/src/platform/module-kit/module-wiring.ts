import { is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import type { AppDeps } from '../app-deps';
import type { Job } from '../jobs/scheduler';
import type { ModuleManifest, TableFile } from './module-manifest';

/** Throws when two manifests share a name: step names, logs and checks are keyed by it. */
export function assertDistinctModules(manifests: readonly ModuleManifest[]): void {
  const names = manifests.map((m) => m.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new Error(`module "${twice}" is listed twice`);
}

/** The recurring jobs of every module, in list order. */
export function jobsOf(manifests: readonly ModuleManifest[], deps: AppDeps): Job[] {
  return manifests.flatMap((m) => m.jobs?.(deps) ?? []);
}

/** The Drizzle tables in `*.tables.ts` namespaces (anything else they export, such as constants, is skipped). */
export function tablesIn(files: readonly TableFile[]): PgTable[] {
  return files.flatMap((file) => Object.values(file).filter((value): value is PgTable => is(value, PgTable)));
}
