import type { LngLat } from '@linli/shared';
import { describe, expect, it } from 'vitest';
import { boxPolygon } from '../../test-support/map-fixture';
import { complexPointOf } from './complex-points';

// An L-shaped grid: the square 0–2 × 0–2 without its north-east quarter.
const L_GRID = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [0, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 2],
      [0, 2],
      [0, 0],
    ] as LngLat[],
  ],
};

describe('complexPointOf', () => {
  it('is the mean of the buildings when that lies inside their grid', () => {
    const outlines = new Map([['/g/', boxPolygon(0, 0, 2, 2)]]);
    const point = complexPointOf(
      [
        { point: [0.5, 0.5], gridPath: '/g/' },
        { point: [1.5, 1.5], gridPath: '/g/' },
      ],
      outlines,
    );
    expect(point).toEqual([1, 1]);
  });

  it('falls back to the building nearest the mean when the mean leaves the grid, and to nothing without buildings', () => {
    const outlines = new Map([['/g/', L_GRID]]);
    // Buildings at the ends of the L and one by its bend: their mean (1.2, 1.1) is in the missing quarter.
    const buildings: { point: LngLat; gridPath: string }[] = [
      { point: [1.9, 0.5], gridPath: '/g/' },
      { point: [0.5, 1.9], gridPath: '/g/' },
      { point: [1.2, 0.9], gridPath: '/g/' },
    ];
    expect(complexPointOf(buildings, outlines)).toEqual([1.2, 0.9]);
    expect(complexPointOf([], outlines)).toBeNull();
  });

  it("keeps the point in the grid most of the complex's buildings stand in", () => {
    const outlines = new Map([
      ['/a/', boxPolygon(0, 0, 1, 1)],
      ['/b/', boxPolygon(1, 0, 2, 1)],
    ]);
    // Two buildings in /b/ near its east edge and one far west in /a/: the mean (1.2, 0.5) is in /b/ — kept.
    const mean = complexPointOf(
      [
        { point: [0.1, 0.5], gridPath: '/a/' },
        { point: [1.7, 0.4], gridPath: '/b/' },
        { point: [1.8, 0.6], gridPath: '/b/' },
      ],
      outlines,
    );
    expect(mean![0]).toBeCloseTo(1.2);
    // Two in /a/ near the border and one far east in /b/: the mean (1.2) falls in /b/, so the /a/ building nearest it is taken.
    const west = complexPointOf(
      [
        { point: [0.9, 0.5], gridPath: '/a/' },
        { point: [0.8, 0.5], gridPath: '/a/' },
        { point: [1.9, 0.5], gridPath: '/b/' },
      ],
      outlines,
    );
    expect(west).toEqual([0.9, 0.5]);
  });
});
