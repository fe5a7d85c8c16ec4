import { Skeleton } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { ChartOption } from './chart-option';

type Chart = ReturnType<(typeof import('./echarts-setup'))['init']>;

/**
 * Draws one ECharts option in a box of `height` px. ECharts itself is loaded on first use, in its
 * own chunk, so the dashboard's figures show before the chart library arrives; the chart follows
 * the box's size. Tests replace this component (jsdom has no canvas) and check the options instead.
 */
export function EChart({ option, height, label }: { option: ChartOption; height: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const latest = useRef(option);
  const [ready, setReady] = useState(false);
  latest.current = option;

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void import('./echarts-setup').then(({ init }) => {
      if (disposed || !box.current) return;
      const instance = init(box.current, null, { renderer: 'canvas' });
      instance.setOption(latest.current);
      chart.current = instance;
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(box.current);
      setReady(true);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div style={{ position: 'relative', height }}>
      <div ref={box} role="img" aria-label={label} style={{ position: 'absolute', inset: 0 }} />
      {!ready && <Skeleton.Node active style={{ width: '100%', height }} />}
    </div>
  );
}
