import type { ExportKind, RecordKind } from '@linli/shared';
import type { AppDeps } from '../app-deps';
import type { Actor } from '../auth/actor';
import type { SheetColumn } from '../excel/xlsx-writer';

/** One page of an export's rows and the cursor of the next (null on the last). */
export interface ExportPage<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A list that exports to Excel, declared by its module (manifest `exports`): the rows are read the
 * way the list reads them (the module's scoped service, keyset pages), so an export holds exactly
 * what the caller may see, masked as the list masks it.
 */
export interface ExportSource<F = never, T = never> {
  kind: ExportKind;
  /** The capability asked: `export` of this kind (the access gate checks it on the routes too). */
  recordKind: RecordKind;
  /** The audit code written when an export is made (the one the list's export always wrote). */
  auditAction: string;
  /** The sheet's name and the file's base name. */
  title: string;
  columns: readonly SheetColumn<T>[];
  /** How many rows match (for progress and the immediate/background choice). */
  count(deps: AppDeps, actor: Actor, filters: F): Promise<number>;
  /** The page after `after` (undefined: the first), at most `limit` rows. */
  page(deps: AppDeps, actor: Actor, filters: F, after: string | undefined, limit: number): Promise<ExportPage<T>>;
}

/** Any export source, whatever its filter and row types (the registry holds them side by side). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyExportSource = ExportSource<any, any>;

/** Declares an export source, inferring its filter and row types from the functions. */
export function defineExportSource<F, T>(source: ExportSource<F, T>): ExportSource<F, T> {
  return source;
}
