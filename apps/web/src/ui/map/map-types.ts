import type { ComposeOption } from 'echarts/core';
import type { EffectScatterSeriesOption, MapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GeoComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';

// Type-only imports: they cost nothing at run time; ECharts itself loads with echarts-map-setup on first draw.
/** An ECharts option limited to what the map registers: outlines (geo + map), points, heat scale, tooltip. */
export type MapOption = ComposeOption<
  GeoComponentOption | MapSeriesOption | ScatterSeriesOption | EffectScatterSeriesOption | VisualMapComponentOption | TooltipComponentOption
>;

/** The properties every outline needs: its id (drill-down target) and name; other numeric properties are figures. */
export interface AreaProperties {
  id: string;
  name: string;
  [figure: string]: unknown;
}

/** A GeoJSON FeatureCollection of outlines (Polygon or MultiPolygon), as `echarts.registerMap` takes it. */
export interface AreaCollection<P extends AreaProperties = AreaProperties> {
  type: 'FeatureCollection';
  features: { type: 'Feature'; id?: string | number; geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }; properties: P }[];
}

/** A point on the map (a building, an open case, the report pin), in WGS-84 `lng`/`lat`. */
export interface MapPoint {
  id: string;
  name: string;
  lng: number;
  lat: number;
  /** A second tooltip line (a state, a distance). */
  detail?: string;
  /** Drawn in the alert colour and pulsing (overdue, urgent). */
  alert?: boolean;
}

/** One figure the outlines are coloured by: which property, and its label in the tooltip and the scale. */
export interface HeatMetric {
  property: string;
  label: string;
  /** Further figures shown in the tooltip, property → label. */
  also?: Record<string, string>;
}
