/** The geo module's public face: other modules import only from here. */
export { geoModule } from './manifest';
/** Where a coordinate falls (grid and nearest building within 50 m), for intake that places a case by its pin. */
export { placeCoordinate, locate, type Placement } from './locate';
/** The spatial queries: the grid holding a point, the nearest points within a radius. */
export { findGridAt, nearestPoints, type NearPoint, type NearestQuery } from './spatial';
/** Outlines of a node and its children simplified for a zoom (the cases module's map adds its figures). */
export { mapOutlines, outlineForZoom, type MapOutlines } from './map-outlines';
/** Points of buildings (and complexes) by id or under a path, for modules that put their records on the map. */
export { buildingPointsOf, numberedBuildingPoints, GRID_PATH_PATTERN } from './building-points';
/** `linli import-boundaries`: a district's real boundaries onto the tree, with a per-feature report. */
export { importBoundaries, type BoundaryImportReport, type FeatureOutcome, type SourceCrs } from './import-boundaries';
/** The demo district's geometry (its everyStart step), for tests and the bench. */
export { generateDemoGeometry, type GeometryTotals } from './demo/generate-demo-geometry';
/** A synthetic map of any size inside the demo outline (geometry only), for the bench. */
export { writeSyntheticGeometry, type SyntheticSize } from './demo/synthetic-world';
/** The tree as the demo layout reads it. */
export type { LayoutNode } from './demo/layout-district';
