import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps';
import type { AuditRecordNamer } from '../audit/audit-records';
import type { PiiCipher } from '../crypto/pii-cipher';
import type { Db } from '../db/database';
import type { AnyExportSource } from '../exports/export-source';
import type { Job } from '../jobs/scheduler';
import type { OutboxHandler, OutboxRunHandler } from '../outbox/outbox';
import type { WorkingCalendar } from '../time/working-calendar';

/** A `*.tables.ts` file imported as a namespace (`import * as tables from './x.tables'`): its Drizzle tables are picked out of it. */
export type TableFile = Readonly<Record<string, unknown>>;

/** What a demo seeding step gets: the database, the services it writes through, and the size asked for. */
export interface DemoSeedContext {
  db: Db;
  cipher: PiiCipher;
  calendar: WorkingCalendar;
  demoPassword: string;
  /** Households of the demo district. */
  households: number;
  /** Seed of the random generators (`linli generate --seed`); omitted: each generator's default. */
  seed?: number;
  /** Cases to write: through the full simulator on a first start, in bulk for the benchmark world (`generate --cases N`). */
  cases: { count: number; bulk: boolean };
  /** The clock of the generated history; omitted: the time each step starts. */
  now?: Date;
  /** Progress of long steps (`done` of `total` in `stage`): a log line per tenth on start, a bar in the cli. */
  onProgress(done: number, total: number, stage: string): void;
  log(line: string): void;
  /** Aborted when the server is told to stop during start-up: the steps stop at the next one (demo-steps.ts). */
  signal?: AbortSignal;
}

/** Counts a seeding step reports (rows written by kind), merged into the start-up log line. */
export type DemoTotals = Record<string, number>;

/** One step of demo seeding; steps of every module run in one order, derived from `after`. */
export interface DemoStep {
  /** Unique within its module; other steps name it `<module>.<name>`. */
  name: string;
  /**
   * `firstStart`: once, when the database has no demo district yet (and in `linli generate`);
   * `everyStart`: on every start, so it must be idempotent (data dirs made before the step existed gain its data too).
   */
  when: 'firstStart' | 'everyStart';
  /** Steps (`<module>.<name>`) whose data this step reads: they run before it. */
  after?: readonly string[];
  run(ctx: DemoSeedContext): Promise<DemoTotals | void>;
}

/**
 * Everything the server needs to know about one domain module, exported once from its `index.ts` as
 * `manifest` and listed once in `src/module-list.ts`: `app.ts` mounts its routes, `main.ts` starts its
 * jobs and outbox handlers and runs its demo steps, and a test checks its tables against drizzle-kit's.
 */
export interface ModuleManifest {
  /** The module's folder name under `modules/`. */
  name: string;
  /** The module's `*.tables.ts` files; drizzle-kit reads the same files by glob, and a test checks the two agree. */
  tables?: readonly TableFile[];
  /** Mounts the module's routes (each needs a `route-access.ts` entry, or start-up fails); `modules` is the whole list (audit reads it). */
  registerRoutes?(app: FastifyInstance, deps: AppDeps, modules: readonly ModuleManifest[]): void;
  /** The module's recurring jobs; each one's advisory lock key is derived from its name (`jobLockKey`), which must be unique. */
  jobs?(deps: AppDeps): Job[];
  /** Reactions to outbox messages by topic; several modules may react to one topic (each in the message's savepoint). */
  outboxHandlers?: Readonly<Record<string, OutboxHandler | OutboxRunHandler>>;
  /** Demo data the module adds on a first start (and idempotently on every start). */
  demo?: readonly DemoStep[];
  /** How the audit log names this module's records, by the `targetType` its audit entries write. */
  auditRecords?: Readonly<Record<string, AuditRecordNamer>>;
  /** Its lists that export to Excel (the `exports` module runs them); `modules` is the whole list (the audit log's names need it). */
  exports?(modules: readonly ModuleManifest[]): readonly AnyExportSource[];
  /** Logins its demo data creates, printed at start-up and by `linli generate`: [username, who it is]. */
  demoAccounts?: readonly (readonly [username: string, label: string])[];
}
