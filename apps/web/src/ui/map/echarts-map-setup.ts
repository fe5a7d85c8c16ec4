// Only what the map draws (DESIGN pitfall: full ECharts is ~700 KB gzip). Loaded on demand by GeoMap, never by the phone entry.
import { init, registerMap, use } from 'echarts/core';
import { EffectScatterChart, MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([MapChart, ScatterChart, EffectScatterChart, GeoComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

/** ECharts' `init`, `registerMap` and `use` (a test adds the SVG renderer) with the map, scatter, geo, heat scale and tooltip registered. */
export { init, registerMap, use };
