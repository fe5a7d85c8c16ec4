import { readdirSync } from 'node:fs';
import path from 'node:path';
import { is } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import type { AppDeps } from './platform/app-deps';
import * as auditTables from './platform/audit/audit.tables';
import { assertDistinctJobs } from './platform/jobs/scheduler';
import { orderDemoSteps } from './platform/module-kit/demo-steps';
import { assertDistinctModules, jobsOf, tablesIn } from './platform/module-kit/module-wiring';
import { outboxCleanupJob } from './platform/outbox/outbox-cleanup';
import * as outboxTables from './platform/outbox/outbox.tables';
import { rateCounterCleanupJob } from './platform/rate-limit/rate-counter';
import * as rateCounterTables from './platform/rate-limit/rate-counters.tables';
import { MODULE_OUTBOX_HANDLERS, MODULES } from './module-list';

const SRC = import.meta.dirname;

/** Every `*.tables.ts` under `dir`, as drizzle-kit's glob in drizzle.config.ts finds them. */
function tableFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.tables.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

const nameOf = (table: PgTable) => getTableConfig(table).name;

describe('the module list', () => {
  it('holds one manifest per folder under modules/, named as the folder', () => {
    assertDistinctModules(MODULES);
    const folders = readdirSync(path.join(SRC, 'modules'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(MODULES.map((m) => m.name).sort()).toEqual(folders.map((f) => f.name).sort());
  });

  it('gives each table drizzle-kit migrates to platform or to exactly one module manifest', async () => {
    const platform = tablesIn([auditTables, outboxTables, rateCounterTables]);
    const owners = new Map<PgTable, string[]>(platform.map((t) => [t, ['platform']]));
    for (const manifest of MODULES) for (const table of tablesIn(manifest.tables ?? [])) owners.set(table, [...(owners.get(table) ?? []), manifest.name]);
    const migrated: PgTable[] = [];
    for (const file of [...tableFiles(path.join(SRC, 'platform')), ...tableFiles(path.join(SRC, 'modules'))]) {
      migrated.push(...Object.values((await import(file)) as Record<string, unknown>).filter((v): v is PgTable => is(v, PgTable)));
    }
    expect(migrated.length).toBeGreaterThan(40);
    const unowned = migrated.filter((t) => !owners.has(t)).map(nameOf);
    const shared = [...owners].filter(([, names]) => names.length > 1).map(([t, names]) => `${nameOf(t)}: ${names.join(', ')}`);
    expect({ unowned, shared }).toEqual({ unowned: [], shared: [] });
    expect(new Set(owners.keys())).toEqual(new Set(migrated));
  });

  it('starts jobs with distinct names (and so distinct lock keys)', () => {
    const jobs = [outboxCleanupJob, rateCounterCleanupJob, ...jobsOf(MODULES, { sessionIdleMinutes: 30 } as AppDeps)];
    expect(() => assertDistinctJobs(jobs)).not.toThrow();
    expect(jobs.map((j) => j.name)).toEqual([
      'outbox-cleanup',
      'rate-counter-cleanup',
      'session-purge',
      'case-deadline-sweep',
      'case-stats-fold',
      'claims-sweep',
      'export-sweep',
      'mediation-deadline-reminders',
      'deliberation-calendar',
      'deliberation-close-reminders',
    ]);
  });

  it('handles the notification topics modules enqueue', () => {
    expect(Object.keys(MODULE_OUTBOX_HANDLERS)).toEqual(expect.arrayContaining(['notify.users', 'notify.departments', 'notify.area']));
  });

  it('seeds the demo district first, then what reads it, with the every-start steps idempotent', () => {
    const order = orderDemoSteps(MODULES).map((s) => `${s.id} ${s.when}`);
    expect(order).toEqual([
      'directory.district firstStart',
      'cases.categories everyStart',
      'cases.demo-cases firstStart',
      'open311.demo-client firstStart',
      'claims.demo-claims firstStart',
      'claims.partner-work everyStart',
      'claims.pending-registrations everyStart',
      'volunteers.demo-volunteers firstStart',
      'mediation.demo-mediation firstStart',
      'directory.demo-contacts everyStart',
      'deliberation.demo-deliberation firstStart',
      'geo.demo-geometry everyStart',
      'cases.demo-case-points everyStart',
    ]);
  });
});
