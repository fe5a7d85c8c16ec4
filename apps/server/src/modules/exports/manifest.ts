import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import * as exportsTables from './exports.tables';
import { registerExportRoutes } from './exports.routes';
import { exportSweepJob } from './export-sweep';

/** The exports module: Excel exports of whole lists (declared by the modules' `exports`), written in the background when large. */
export const exportsModule: ModuleManifest = {
  name: 'exports',
  tables: [exportsTables],
  registerRoutes: registerExportRoutes,
  jobs: (deps) => [exportSweepJob(deps)],
};
