import { z } from 'zod';
import { NODE_KINDS } from '../org/kinds';

// Every coordinate in these payloads is WGS-84, GeoJSON order [lng, lat]; a map provider that needs GCJ-02 converts at the edge (gcoord).

/** One position `[lng, lat]` in WGS-84 degrees. */
export const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
/** A position `[lng, lat]`. */
export type LngLat = z.infer<typeof lngLat>;

/** `[minLng, minLat, maxLng, maxLat]`: a bounding box in WGS-84 degrees. */
export const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
/** A bounding box `[minLng, minLat, maxLng, maxLat]`. */
export type BBox = z.infer<typeof bbox>;

/** A GeoJSON Polygon (outer ring first, then holes; rings closed). */
export const polygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(lngLat)) });
/** A GeoJSON MultiPolygon. */
export const multiPolygonGeometry = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(lngLat))) });
/** The outline of an area node: a Polygon or a MultiPolygon. */
export const areaGeometry = z.discriminatedUnion('type', [polygonGeometry, multiPolygonGeometry]);
/** An outline geometry. */
export type AreaGeometry = z.infer<typeof areaGeometry>;

/** The kinds of node that have an outline. */
export const AREA_LEVELS = ['district', 'street', 'community', 'grid'] as const;
/** A level with an outline. */
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** Zoom levels the map endpoint simplifies for (web-map zoom: 1 pixel ≈ 360° / 256 / 2^zoom). */
export const MAP_ZOOM_MIN = 6;
/** The most detailed zoom served; finer asks are answered at this one. */
export const MAP_ZOOM_MAX = 18;

/** The properties of one outline on the map: who it is and the figures the command centre colours it by. */
export const mapFeatureProperties = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(NODE_KINDS),
  code: z.string(),
  /** Cases of this area not yet closed (the caller's case scope). */
  openCases: z.number().int(),
  /** Cases submitted in this area in the last 30 days. */
  casesLast30Days: z.number().int(),
});
/** Properties of a map feature. */
export type MapFeatureProperties = z.infer<typeof mapFeatureProperties>;

/** One outline as a GeoJSON Feature; `id` repeats `properties.id` so ECharts and MapLibre both find it. */
export const mapFeature = z.object({ type: z.literal('Feature'), id: z.string(), geometry: areaGeometry, properties: mapFeatureProperties });
/** A map feature. */
export type MapFeature = z.infer<typeof mapFeature>;

/** A GeoJSON FeatureCollection of outlines, ready for `echarts.registerMap(name, collection)`. */
export const mapFeatureCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(mapFeature) });
/** A collection of map features. */
export type MapFeatureCollection = z.infer<typeof mapFeatureCollection>;

/** `GET /api/geo/nodes/:id/map?zoom=`: a node's own outline and its children's, simplified for `zoom`. */
export const nodeMapQuery = z.object({
  /** Left out: the zoom that fits the node's level (DEFAULT_ZOOM). */
  zoom: z.coerce.number().int().min(MAP_ZOOM_MIN).max(MAP_ZOOM_MAX).optional(),
});

/** The map of a node. */
export const nodeMapResponse = z.object({
  /** The node itself; its outline is null while nobody has drawn or imported it. */
  node: z.object({ id: z.string(), name: z.string(), level: z.enum(NODE_KINDS), code: z.string(), outline: mapFeature.nullable() }),
  /** The children that have an outline (streets of a district, communities of a street, grids of a community). */
  children: mapFeatureCollection,
  /** Children without an outline yet, so the page can say which are missing. */
  withoutOutline: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Box around the node's outline (or its children's), to fit the view; null when nothing has one. */
  bbox: bbox.nullable(),
  /** The zoom the outlines were simplified for. */
  zoom: z.number().int(),
});
/** `GET /api/geo/nodes/:id/map`. */
export type NodeMapResponse = z.infer<typeof nodeMapResponse>;

/** The kinds of point a node's places list holds. */
export const PLACE_KINDS = ['complex', 'building'] as const;
/** A kind of place point. */
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A box filter `minLng,minLat,maxLng,maxLat` in a query string (the visible part of the map). */
export const bboxQueryParam = z
  .string()
  .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, '范围格式应为 最小经度,最小纬度,最大经度,最大纬度')
  .transform((text) => text.split(',').map(Number) as BBox);

/** `GET /api/geo/nodes/:id/places?kinds=&bbox=&limit=`: complexes and buildings under a node, as points. */
export const nodePlacesQuery = z.object({
  /** Comma-separated; left out: both. */
  kinds: z
    .string()
    .optional()
    .transform((text) => (text ? text.split(',') : [...PLACE_KINDS]))
    .pipe(z.array(z.enum(PLACE_KINDS)).min(1)),
  bbox: bboxQueryParam.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(2000),
});

/** One complex or building on the map. */
export const placePoint = z.object({
  id: z.string(),
  kind: z.enum(PLACE_KINDS),
  name: z.string(),
  code: z.string().nullable(),
  /** The grid of a building; null for a complex (it may span grids). */
  gridId: z.string().nullable(),
  lng: z.number(),
  lat: z.number(),
});
/** A place point. */
export type PlacePoint = z.infer<typeof placePoint>;

/** `GET /api/geo/nodes/:id/places`; `truncated` when more than `limit` matched (zoom in or pass a bbox). */
export const nodePlacesResponse = z.object({ items: z.array(placePoint), truncated: z.boolean() });

/** `GET /api/geo/nodes/:id/case-points?bbox=&limit=`: the open cases under a node that carry a coordinate. */
export const casePointsQuery = z.object({ bbox: bboxQueryParam.optional(), limit: z.coerce.number().int().min(1).max(5000).default(2000) });

/** One open case on the map: no reporter, no description; the title opens the case for those who may read it. */
export const casePoint = z.object({
  id: z.string(),
  caseNo: z.string(),
  title: z.string(),
  state: z.string(),
  categoryName: z.string().nullable(),
  urgency: z.enum(['normal', 'urgent']),
  overdue: z.boolean(),
  gridId: z.string(),
  lng: z.number(),
  lat: z.number(),
});
/** A case point. */
export type CasePoint = z.infer<typeof casePoint>;

/** `GET /api/geo/nodes/:id/case-points`. */
export const casePointsResponse = z.object({ items: z.array(casePoint), truncated: z.boolean() });

/** `GET /api/geo/locate?lat=&lng=`: where a coordinate falls (the H5 report pin, staff intake). */
export const locateQuery = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
});

/** An area node a coordinate falls in. */
export const placeRef = z.object({ id: z.string(), name: z.string(), code: z.string() });
/** A reference to an area node. */
export type PlaceRef = z.infer<typeof placeRef>;

/** The zoom the located grid's outline is simplified for: a pin map of a few hundred metres. */
export const LOCATE_OUTLINE_ZOOM = 16;

/** Nearest buildings within this many metres pin a located case to one. */
export const NEAREST_BUILDING_METRES = 50;

/** Where a coordinate falls; `inside` false (and all null) outside every grid of the district. */
export const locateResponse = z.object({
  inside: z.boolean(),
  street: placeRef.nullable(),
  community: placeRef.nullable(),
  grid: placeRef.nullable(),
  /** The grid's outline simplified for the pin map (LOCATE_OUTLINE_ZOOM), so the person sees which grid the pin is in. */
  gridOutline: areaGeometry.nullable(),
  /** The nearest building within NEAREST_BUILDING_METRES, if any. */
  building: placeRef.extend({ distanceMetres: z.number(), lng: z.number(), lat: z.number() }).nullable(),
});
/** `GET /api/geo/locate`. */
export type LocateResponse = z.infer<typeof locateResponse>;

/** `GET /api/geo/buildings/:id/place`: a building as the report page shows it (the notice board's QR code opens it). */
export const buildingPlace = z.object({
  building: placeRef.extend({ complexName: z.string().nullable() }),
  grid: placeRef,
  community: placeRef,
  street: placeRef,
  /** The building's point; null until the building has one. */
  point: z.object({ lng: z.number(), lat: z.number() }).nullable(),
});
/** A building's place. */
export type BuildingPlace = z.infer<typeof buildingPlace>;

/** A person on the notice board: name and masked phone only (null when no phone is on record). */
export const boardPerson = z.object({ name: z.string(), phoneMasked: z.string().nullable() });

/** One building notice board 楼宇公示牌 (printable A4 card). */
export const noticeBoardCard = buildingPlace.extend({
  /** Building leads 楼长 posted at this building. */
  leads: z.array(boardPerson),
  /** Grid workers 网格员 posted at the building's grid. */
  gridWorkers: z.array(boardPerson),
  /** The H5 path (joined to the public URL for the QR code) that opens the report page with this building chosen. */
  reportPath: z.string(),
});
/** A notice board card. */
export type NoticeBoardCard = z.infer<typeof noticeBoardCard>;

/** `GET /api/geo/grids/:id/notice-boards`: the cards of every building of a grid, in tree order, to print at once. */
export const noticeBoardList = z.object({ items: z.array(noticeBoardCard) });

/** The H5 report page's query that chooses a building (the notice board's QR code). */
export const REPORT_BUILDING_PARAM = 'building';

/** The H5 path the notice board's QR code opens for a building. */
export function reportPathOf(buildingId: string): string {
  return `/h5/report?${REPORT_BUILDING_PARAM}=${encodeURIComponent(buildingId)}`;
}
