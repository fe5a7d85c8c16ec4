import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import * as residentsTables from './residents.tables';
import { registerResidentRoutes } from './residents.routes';

/** The residents module: households and residents (the demo district writes them). */
export const residentsModule: ModuleManifest = {
  name: 'residents',
  tables: [residentsTables],
  registerRoutes: registerResidentRoutes,
};
