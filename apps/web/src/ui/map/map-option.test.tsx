import { setPlatformAPI } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import { init, registerMap, use } from './echarts-map-setup';
import { areaTooltip, buildMapOption, clickedAreaId, heatData, heatMax, isEmptyMap, pointTooltip } from './map-option';
import { TWO_GRIDS } from './map-fixture';
import type { HeatMetric } from './map-types';

const metric: HeatMetric = { property: 'openCases', label: '在办案件', also: { casesLast30Days: '近30天受理' } };

describe('map option', () => {
  it('keys the heat values by outline id and scales to the largest figure', () => {
    expect(heatData(TWO_GRIDS, metric)).toEqual([
      { name: 'g-1', value: 7 },
      { name: 'g-2', value: 0 },
    ]);
    expect(heatMax(TWO_GRIDS, metric)).toBe(7);
    const allZero = { ...TWO_GRIDS, features: TWO_GRIDS.features.map((f) => ({ ...f, properties: { ...f.properties, openCases: 0 } })) };
    expect(heatMax(allZero, metric)).toBe(1);
  });

  it('builds a geo of the registered outlines matched by id, a heat scale, and plain and alert points apart', () => {
    const option = buildMapOption({
      mapName: 'test-grids',
      collection: TWO_GRIDS,
      metric,
      points: [
        { id: 'c-1', name: '路灯不亮', lng: 117.265, lat: 34.795 },
        { id: 'c-2', name: '井盖缺失', lng: 117.275, lat: 34.795, alert: true, detail: '已超期' },
      ],
      pointsLabel: '在办案件',
      selectedId: 'g-2',
    });
    expect(option.geo).toMatchObject({ map: 'test-grids', nameProperty: 'id', regions: [{ name: 'g-2' }] });
    expect(option.visualMap).toMatchObject({ seriesIndex: 0, min: 0, max: 7 });
    const series = option.series as { type: string; data: { id?: string; value: unknown }[] }[];
    expect(series.map((s) => s.type)).toEqual(['map', 'scatter', 'effectScatter']);
    expect(series[1].data).toEqual([{ name: '路灯不亮', value: [117.265, 34.795], id: 'c-1', detail: undefined }]);
    expect(series[2].data.map((d) => d.id)).toEqual(['c-2']);
  });

  it('leaves out the heat scale when no figure is asked', () => {
    expect(buildMapOption({ mapName: 'x', collection: TWO_GRIDS }).visualMap).toBeUndefined();
  });

  it('writes tooltips with the name and the figures, escaping names', () => {
    expect(areaTooltip(TWO_GRIDS.features[0].properties, metric)).toBe('<strong>清泉社区第一网格</strong><br/>在办案件：7<br/>近30天受理：12');
    expect(pointTooltip({ name: '<b>楼</b>', detail: '距离 12 米' })).toBe('<strong>&#60;b&#62;楼&#60;/b&#62;</strong><br/>距离 12 米');
    const formatter = (buildMapOption({ mapName: 'x', collection: TWO_GRIDS, metric }).tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ componentType: 'series', seriesType: 'map', name: 'g-2' })).toContain('清泉社区第二网格');
    expect(formatter({ seriesType: 'scatter', name: '路灯不亮', data: { name: '路灯不亮', detail: '待受理' } })).toBe('<strong>路灯不亮</strong><br/>待受理');
  });

  it('drills down only on a click that landed on a known outline', () => {
    expect(clickedAreaId({ componentType: 'geo', name: 'g-1' }, TWO_GRIDS)).toBe('g-1');
    expect(clickedAreaId({ componentType: 'series', seriesType: 'map', name: 'g-2' }, TWO_GRIDS)).toBe('g-2');
    expect(clickedAreaId({ componentType: 'series', seriesType: 'scatter', name: 'g-1' }, TWO_GRIDS)).toBeNull();
    expect(clickedAreaId({ componentType: 'geo', name: 'elsewhere' }, TWO_GRIDS)).toBeNull();
  });

  it('is empty with neither outlines nor points', () => {
    expect(isEmptyMap({ type: 'FeatureCollection', features: [] }, [])).toBe(true);
    expect(isEmptyMap(null, [{ id: 'p', name: 'p', lng: 117, lat: 34 }])).toBe(false);
    expect(isEmptyMap(TWO_GRIDS, undefined)).toBe(false);
  });

  it('renders the registered outlines with their names through ECharts (server-side SVG, no canvas needed)', () => {
    use([SVGRenderer]);
    // jsdom has no canvas to measure text with: a fixed width per character is enough for the layout.
    setPlatformAPI({ measureText: (text: string) => ({ width: text.length * 11 }) });
    registerMap('smoke-grids', TWO_GRIDS as unknown as Parameters<typeof registerMap>[1]);
    const chart = init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 });
    chart.setOption(
      buildMapOption({ mapName: 'smoke-grids', collection: TWO_GRIDS, metric, points: [{ id: 'c-1', name: '路灯', lng: 117.265, lat: 34.795 }] }),
    );
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(svg).toContain('清泉社区第一网格');
    expect(svg).toContain('清泉社区第二网格');
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(3);
  });
});
