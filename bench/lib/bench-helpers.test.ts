import { describe, expect, it } from 'vitest';
import { initialScripts } from './bundle';
import { markdownTable, meets, verdict, type Figure } from './figures';
import { percentile, summarize } from './percentiles';

describe('percentiles', () => {
  it('takes the nearest rank, whatever the input order', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 95)).toBeNaN();
  });

  it('summarises count, mean and the tail', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarize(values)).toEqual({ count: 100, mean: 50.5, p50: 50, p95: 95, p99: 99, max: 100 });
  });
});

describe('figures table', () => {
  const figures: Figure[] = [
    { key: 'a', label: 'list p95', value: 12.345, unit: 'ms', target: { op: '<=', value: 20 } },
    { key: 'b', label: 'intake', value: 650, unit: 'cases/s', target: { op: '>=', value: 800 }, ratio: { value: 0.7, of: 'raw pg rate', target: { op: '>=', value: 0.5 } } },
    { key: 'c', label: 'raw', value: 1200, unit: 'cases/s' },
  ];

  it('judges each figure by its target and its ratio target', () => {
    expect(meets(12, { op: '<=', value: 20 })).toBe(true);
    expect(meets(Number.NaN, { op: '<=', value: 20 })).toBe(false);
    expect(meets(5, undefined)).toBeUndefined();
    expect(figures.map(verdict)).toEqual(['pass', 'fail', '']);
  });

  it('prints one markdown row per figure with value, target, ratio and verdict', () => {
    expect(markdownTable(figures).split('\n')).toEqual([
      '| figure | value | target | ratio | pass/fail |',
      '| --- | ---: | --- | --- | --- |',
      '| list p95 | 12.35 ms | ≤ 20 ms |  | pass |',
      '| intake | 650 cases/s | ≥ 800 cases/s | 0.7 of raw pg rate (≥ 0.5) | fail |',
      '| raw | 1,200 cases/s |  |  |  |',
    ]);
  });
});

describe('initial scripts of a built page', () => {
  it('lists module scripts and modulepreloads once each, in order, skipping css and other hosts', () => {
    const html = `<head>
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel="stylesheet" href="/assets/index-123.css">
      <link rel="modulepreload" href="/assets/index-abc.js">
      <script src="https://example.cn/analytics.js"></script>
    </head>`;
    expect(initialScripts(html)).toEqual(['/assets/index-abc.js', '/assets/vendor-def.js']);
  });
});
