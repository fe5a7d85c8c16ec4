/**
 * The directory module's public face: the area tree as people browse it, with what hangs on it
 * (households, residents, staff posts), and the demo district that fills all of it. It sits above
 * org, residents and auth so none of those imports another's upper layer.
 */
export { registerOrgRoutes } from './directory.routes';
export { generateDemoDistrict } from './demo/generate-demo-district';
/** The directory module's manifest: what app.ts, main.ts and the cli mount, start and seed (listed in src/module-list.ts). */
export { directoryModule } from './manifest';
