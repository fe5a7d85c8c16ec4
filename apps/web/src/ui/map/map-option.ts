import type { AreaCollection, AreaProperties, HeatMetric, MapOption, MapPoint } from './map-types';

/** Colours of the map on the dark command-centre screen and on the light console. */
export const MAP_PALETTES = {
  dark: {
    area: '#16345f',
    border: 'rgba(120,180,255,0.55)',
    label: 'rgba(255,255,255,0.8)',
    heat: ['#1d4f8c', '#f5c042', '#e8542f', '#c8161d'],
    point: '#36cfc9',
  },
  light: { area: '#f4f6fa', border: '#8aa4c8', label: '#262626', heat: ['#fff1f0', '#ffa39e', '#f5222d', '#a8071a'], point: '#1677ff' },
} as const;

/** A map palette name. */
export type MapPaletteName = keyof typeof MAP_PALETTES;

const ALERT = '#ff4d4f';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A figure of an outline as a number (0 when missing or not a number). */
export function figureOf(properties: AreaProperties, property: string): number {
  const v = properties[property];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** The map series data: one value per outline, keyed by the outline's id (names may repeat across communities). */
export function heatData(collection: AreaCollection, metric: HeatMetric | undefined): { name: string; value: number }[] {
  return collection.features.map((f) => ({ name: f.properties.id, value: metric ? figureOf(f.properties, metric.property) : 0 }));
}

/** The top of the heat scale: the largest figure, at least 1 so an all-zero map still has a scale. */
export function heatMax(collection: AreaCollection, metric: HeatMetric): number {
  return Math.max(1, ...collection.features.map((f) => figureOf(f.properties, metric.property)));
}

/** The tooltip of an outline: its name, the heat figure first, then the others the metric names. */
export function areaTooltip(properties: AreaProperties, metric: HeatMetric | undefined): string {
  const lines = [`<strong>${escapeHtml(properties.name)}</strong>`];
  if (metric) {
    for (const [property, label] of [[metric.property, metric.label] as const, ...Object.entries(metric.also ?? {})]) {
      lines.push(`${escapeHtml(label)}：${figureOf(properties, property)}`);
    }
  }
  return lines.join('<br/>');
}

/** The tooltip of a point: its name and detail line. */
export function pointTooltip(point: Pick<MapPoint, 'name' | 'detail'>): string {
  return point.detail ? `<strong>${escapeHtml(point.name)}</strong><br/>${escapeHtml(point.detail)}` : `<strong>${escapeHtml(point.name)}</strong>`;
}

/** What the map draws: the registered outlines, optionally coloured by a figure, and optionally points on top. */
export interface MapOptionInput {
  /** The name the outlines were registered under (`echarts.registerMap`). */
  mapName: string;
  collection: AreaCollection;
  metric?: HeatMetric;
  points?: MapPoint[];
  /** The legend word for the points (开放案件, 楼栋). */
  pointsLabel?: string;
  palette?: MapPaletteName;
  /** Label the outlines with their names (off when there are too many to read). */
  labels?: boolean;
  /** The outline drawn highlighted (the one the pin falls in). */
  selectedId?: string | null;
}

/**
 * The ECharts option of the map: a `geo` of the registered outlines (matched by `properties.id`, names shown through a
 * lookup), a `map` series carrying the heat figure for the visual scale, and the points as a scatter (alert points as
 * a pulsing effect scatter). Pure: tested without a canvas.
 */
export function buildMapOption(input: MapOptionInput): MapOption {
  const colours = MAP_PALETTES[input.palette ?? 'light'];
  const byId = new Map(input.collection.features.map((f) => [f.properties.id, f.properties]));
  const points = input.points ?? [];
  const plain = points.filter((p) => !p.alert);
  const alerts = points.filter((p) => p.alert);
  const asData = (p: MapPoint) => ({ name: p.name, value: [p.lng, p.lat], id: p.id, detail: p.detail });
  const labels = input.labels ?? input.collection.features.length <= 40;
  const option: MapOption = {
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const p = params as { seriesType?: string; componentType?: string; name: string; data?: { name: string; detail?: string } };
        if (p.seriesType === 'scatter' || p.seriesType === 'effectScatter') return pointTooltip(p.data ?? { name: p.name });
        const props = byId.get(p.name);
        return props ? areaTooltip(props, input.metric) : '';
      },
    },
    geo: {
      map: input.mapName,
      nameProperty: 'id',
      roam: true,
      selectedMode: false,
      layoutCenter: ['50%', '50%'],
      layoutSize: '95%',
      itemStyle: { areaColor: colours.area, borderColor: colours.border, borderWidth: 1 },
      emphasis: { itemStyle: { areaColor: colours.heat[1] }, label: { show: true, color: colours.label } },
      label: { show: labels, color: colours.label, fontSize: 11, formatter: (p: unknown) => byId.get((p as { name: string }).name)?.name ?? '' },
      regions: input.selectedId ? [{ name: input.selectedId, itemStyle: { borderColor: ALERT, borderWidth: 3 } }] : [],
    },
    series: [
      {
        type: 'map',
        map: input.mapName,
        geoIndex: 0,
        name: input.metric?.label ?? '区域',
        data: heatData(input.collection, input.metric),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        name: input.pointsLabel ?? '地点',
        symbolSize: 8,
        itemStyle: { color: colours.point, borderColor: '#fff', borderWidth: 1 },
        data: plain.map(asData),
        zlevel: 2,
      },
      {
        type: 'effectScatter',
        coordinateSystem: 'geo',
        name: `${input.pointsLabel ?? '地点'}（超期）`,
        symbolSize: 10,
        rippleEffect: { scale: 3, brushType: 'stroke' },
        itemStyle: { color: ALERT },
        data: alerts.map(asData),
        zlevel: 3,
      },
    ],
  };
  if (input.metric) {
    option.visualMap = {
      type: 'continuous',
      seriesIndex: 0,
      min: 0,
      max: heatMax(input.collection, input.metric),
      text: ['多', '少'],
      calculable: true,
      left: 8,
      bottom: 8,
      itemHeight: 90,
      textStyle: { color: colours.label },
      inRange: { color: [...colours.heat] },
    };
  }
  return option;
}

/** The outline id a click on the map landed on (drill-down), or null for a click on a point or the background. */
export function clickedAreaId(params: { componentType?: string; seriesType?: string; name?: string }, collection: AreaCollection): string | null {
  const onArea = params.componentType === 'geo' || params.seriesType === 'map';
  if (!onArea || !params.name) return null;
  return collection.features.some((f) => f.properties.id === params.name) ? params.name : null;
}

/** True when there is nothing to draw: no outline and no point. */
export function isEmptyMap(collection: AreaCollection | null | undefined, points: MapPoint[] | undefined): boolean {
  return !collection?.features.length && !points?.length;
}
