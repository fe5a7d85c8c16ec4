import { describe, expect, it } from 'vitest';
import { pinFrame, withPinOutline } from './pin-frame';
import { TWO_GRIDS } from './map-fixture';

const outline = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [117.2, 34.8],
      [117.21, 34.8],
      [117.21, 34.81],
      [117.2, 34.8],
    ],
  ],
};

describe('withPinOutline', () => {
  it("adds the pin's grid to a frame, so the pin map shows the grid's edge", () => {
    const frame = pinFrame([117.205, 34.805]);
    const areas = withPinOutline(frame, { id: 'g-9', name: '第九网格', geometry: outline })!;
    expect(areas.features.map((f) => f.properties.id)).toEqual(['frame', 'g-9']);
    expect(areas.features[1]).toMatchObject({ id: 'g-9', geometry: outline, properties: { name: '第九网格' } });
  });

  it('keeps a map that already holds the grid as it is, and a map without a located grid too', () => {
    const held = TWO_GRIDS.features[0].properties.id;
    expect(withPinOutline(TWO_GRIDS, { id: held, name: 'x', geometry: outline })).toBe(TWO_GRIDS);
    expect(withPinOutline(TWO_GRIDS, null)).toBe(TWO_GRIDS);
    expect(withPinOutline(null, { id: 'g-9', name: '第九网格', geometry: outline })!.features).toHaveLength(1);
  });
});
