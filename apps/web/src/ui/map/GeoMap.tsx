import { Empty, Skeleton } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { buildMapOption, clickedAreaId, isEmptyMap, type MapPaletteName } from './map-option';
import type { AreaCollection, HeatMetric, MapPoint } from './map-types';

type Chart = ReturnType<(typeof import('./echarts-map-setup'))['init']>;
type Setup = typeof import('./echarts-map-setup');

/** What a map shows; see {@link buildMapOption}. */
export interface GeoMapProps {
  /** A name unique to this set of outlines (e.g. the node id and zoom): ECharts keeps registered maps by name. */
  mapKey: string;
  collection: AreaCollection | null | undefined;
  metric?: HeatMetric;
  points?: MapPoint[];
  pointsLabel?: string;
  /** Called with the clicked outline's id (drill down). */
  onAreaClick?: (id: string) => void;
  /** Called with a clicked point's id. */
  onPointClick?: (id: string) => void;
  /** Called with the `[lng, lat]` of any click on the map (moving a pin). */
  onMapClick?: (lngLat: [number, number]) => void;
  selectedId?: string | null;
  palette?: MapPaletteName;
  /** Names on the outlines; by default shown while there are few enough to read. */
  labels?: boolean;
  height: number;
  /** What the map shows, for screen readers. */
  label: string;
  /** Shown instead of the map when there is neither an outline nor a point: say what to do. */
  empty?: ReactNode;
}

/**
 * One map for every module: outlines registered from GeoJSON (no tiles, works offline) coloured by a figure, points on
 * top, click an outline to drill down, tooltips with names and figures, an empty state. ECharts loads on first draw in
 * its own chunk. Tests check {@link buildMapOption}; jsdom has no canvas.
 */
export function GeoMap(props: GeoMapProps) {
  const { mapKey, collection, metric, points, pointsLabel, selectedId, palette, labels, height, label, empty } = props;
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [setup, setSetup] = useState<Setup | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const blank = isEmptyMap(collection, points);

  useEffect(() => {
    if (blank) return;
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void import('./echarts-map-setup').then((mod) => {
      if (disposed || !box.current) return;
      const instance = mod.init(box.current, null, { renderer: 'canvas' });
      instance.on('click', (params) => {
        const p = params as { componentType?: string; seriesType?: string; name?: string; data?: { id?: string } };
        const { collection: current, onAreaClick, onPointClick } = handlers.current;
        if ((p.seriesType === 'scatter' || p.seriesType === 'effectScatter') && p.data?.id) return onPointClick?.(p.data.id);
        const id = current ? clickedAreaId(p, current) : null;
        if (id) onAreaClick?.(id);
      });
      // Any click, on an outline or between them, gives its coordinate: the pin moves there.
      instance.getZr().on('click', (e: { offsetX: number; offsetY: number }) => {
        const at = instance.convertFromPixel({ geoIndex: 0 }, [e.offsetX, e.offsetY]) as number[] | undefined;
        if (at && Number.isFinite(at[0]) && Number.isFinite(at[1])) handlers.current.onMapClick?.([at[0], at[1]]);
      });
      chart.current = instance;
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(box.current);
      setSetup(mod);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
      setSetup(null);
    };
  }, [blank]);

  const option = useMemo(
    () => (collection ? buildMapOption({ mapName: mapKey, collection, metric, points, pointsLabel, selectedId, palette, labels }) : null),
    [mapKey, collection, metric, points, pointsLabel, selectedId, palette, labels],
  );

  useEffect(() => {
    if (!setup || !chart.current || !collection || !option) return;
    // registerMap is idempotent per name: a new key (another node or zoom) registers its own outlines.
    setup.registerMap(mapKey, collection as unknown as Parameters<Setup['registerMap']>[1]);
    chart.current.setOption(option, { notMerge: true });
  }, [setup, mapKey, collection, option]);

  if (blank) {
    return (
      <div style={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        {empty ?? <Empty description="还没有边界数据。可由系统管理员导入街道、社区和网格的边界后查看地图。" />}
      </div>
    );
  }
  return (
    <div style={{ position: 'relative', height }}>
      <div ref={box} role="img" aria-label={label} style={{ position: 'absolute', inset: 0 }} />
      {!setup && <Skeleton.Node active style={{ width: '100%', height }} />}
    </div>
  );
}
