// Only what the dashboard draws (DESIGN pitfall: full ECharts is ~700 KB gzip). Loaded on demand by EChart.
import { init, use } from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** ECharts' `init` with the charts and components above registered. */
export { init };
