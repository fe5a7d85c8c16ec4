import os from 'node:os';
import path from 'node:path';
import { EXPORT_IMMEDIATE_ROWS, EXPORT_KEEP_HOURS } from '@linli/shared';
import type { AppDeps } from '../app-deps';

/** How Excel exports run: where background files go, what is written at once, how long files stay. */
export interface ExportSettings {
  /** Directory of the background exports' files (`<data dir>/exports`, private to the server's user). */
  dir: string;
  /** Most rows written inside the request (LINLI_EXPORT_IMMEDIATE_ROWS); above it the export runs in the background. */
  immediateRows?: number;
  /** Rows read per keyset page while writing (memory stays at about one page). */
  pageRows?: number;
  /** Hours a finished file is kept (LINLI_EXPORT_KEEP_HOURS). */
  keepHours?: number;
}

/** Rows per page a background export reads. */
export const EXPORT_PAGE_ROWS = 500;

/** The settings with every default filled in. */
export function exportSettingsOf(deps: AppDeps): Required<ExportSettings> {
  const s = deps.exports;
  return {
    dir: s?.dir ?? path.join(os.tmpdir(), 'linli-exports'),
    immediateRows: s?.immediateRows ?? EXPORT_IMMEDIATE_ROWS,
    pageRows: s?.pageRows ?? EXPORT_PAGE_ROWS,
    keepHours: s?.keepHours ?? EXPORT_KEEP_HOURS,
  };
}
