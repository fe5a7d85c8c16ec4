/** The exports module's public face: other modules import only from here. */
/** The exports module's manifest (listed in src/module-list.ts). */
export { exportsModule } from './manifest';
