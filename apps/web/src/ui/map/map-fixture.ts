import type { AreaCollection } from './map-types';

const square = (x: number, y: number, size: number) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

/** A hand-built map for tests: two grids side by side near 薛城 (WGS-84), with case figures. */
export const TWO_GRIDS: AreaCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'g-1',
      geometry: { type: 'Polygon', coordinates: square(117.26, 34.79, 0.01) },
      properties: { id: 'g-1', name: '清泉社区第一网格', level: 'grid', code: '370403001001001', openCases: 7, casesLast30Days: 12 },
    },
    {
      type: 'Feature',
      id: 'g-2',
      geometry: { type: 'Polygon', coordinates: square(117.27, 34.79, 0.01) },
      properties: { id: 'g-2', name: '清泉社区第二网格', level: 'grid', code: '370403001001002', openCases: 0, casesLast30Days: 3 },
    },
  ],
};
