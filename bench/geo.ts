/**
 * The geography bench (`npx tsx bench/geo.ts [--postgres URL] [--quick]`): a synthetic map of 10,000 grids and 100,000
 * buildings inside the real 薛城区 outline (the demo's own layout code), then the spatial queries the server runs —
 * grid of a coordinate, nearest 10 buildings — and the map payload per zoom. In-memory PGlite by default; `--postgres`
 * creates a throwaway database on that server. Prints a markdown table and writes bench/results/geo-latest.json.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { LngLat } from '@linli/shared';
import { openDatabase } from '../apps/server/src/platform/db/open-database';
import type { OpenDatabase } from '../apps/server/src/platform/db/database';
import { findGridAt, mapOutlines, nearestPoints, writeSyntheticGeometry, type LayoutNode } from '../apps/server/src/modules/geo';
import { summarize } from './lib/percentiles';
import { ROOT } from './lib/processes';

const { values } = parseArgs({ options: { postgres: { type: 'string' }, quick: { type: 'boolean' } }, strict: true });
const SIZE = values.quick
  ? { streets: 7, communitiesPerStreet: 10, gridsPerCommunity: 14, buildingsPerGrid: 10 }
  : { streets: 7, communitiesPerStreet: 30, gridsPerCommunity: 48, buildingsPerGrid: 10 };
const SAMPLES = values.quick ? 300 : 2000;
// The district view must stay small enough for a phone on a slow line.
const PAYLOAD_TARGET = 300 * 1024;

async function open(): Promise<OpenDatabase> {
  if (!values.postgres) return openDatabase({ memory: true });
  const name = `linli_geo_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: values.postgres });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(values.postgres);
  url.pathname = `/${name}`;
  const opened = await openDatabase({ url: url.toString() });
  return {
    ...opened,
    async close() {
      await opened.close();
      const dropper = new pg.Client({ connectionString: values.postgres });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** A seeded spread of points over the district's box (some fall outside the outline, as real clicks do). */
function samplePoints(n: number): LngLat[] {
  let s = 42;
  const next = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: n }, () => [117.17 + next() * 0.32, 34.63 + next() * 0.31] as LngLat);
}

async function timed<T>(samples: readonly LngLat[], run: (p: LngLat) => Promise<T>) {
  const times: number[] = [];
  for (const p of samples.slice(0, 20)) await run(p); // warm up the caches and the plans
  for (const p of samples) {
    const started = performance.now();
    await run(p);
    times.push(performance.now() - started);
  }
  return summarize(times);
}

/** The bytes of a node's map as the API sends it: the outlines simplified for `zoom`, with each feature's properties. */
async function payloadBytes(database: OpenDatabase, node: LayoutNode, children: readonly LayoutNode[], zoom: number): Promise<number> {
  const outlines = await mapOutlines(
    database.db,
    node.id,
    children.map((c) => c.id),
    zoom,
  );
  const feature = (n: LayoutNode, geometry: unknown) => ({
    type: 'Feature',
    id: n.id,
    geometry,
    properties: { id: n.id, name: `${n.code}网格`, level: n.kind, code: n.code, openCases: 12, casesLast30Days: 34 },
  });
  const body = {
    node: { id: node.id, name: '薛城区', level: node.kind, code: node.code, outline: feature(node, outlines.node) },
    children: { type: 'FeatureCollection', features: children.map((c) => feature(c, outlines.children.get(c.id))) },
    withoutOutline: [],
    bbox: outlines.bbox,
    zoom,
  };
  return Buffer.byteLength(JSON.stringify(body));
}

const database = await open();
try {
  const started = performance.now();
  const { district, layoutMs } = await writeSyntheticGeometry(database.db, SIZE);
  const writeMs = performance.now() - started - layoutMs;
  const grids = district.children.flatMap((s) => s.children.flatMap((c) => c.children));
  const buildings = grids.reduce((n, g) => n + g.buildings.length, 0);
  const samples = samplePoints(SAMPLES);
  const gridLookup = await timed(samples, (p) => findGridAt(database.db, p));
  const nearest = await timed(samples, (p) => nearestPoints(database.db, p, { radiusMetres: 500, limit: 10, kinds: ['building'] }));
  const inside = (await Promise.all(samples.slice(0, 200).map((p) => findGridAt(database.db, p)))).filter(Boolean).length;

  const community = district.children[0].children[0];
  const payloads: Record<string, number> = {};
  for (const zoom of [9, 10, 11, 12, 13]) payloads[`district → streets, zoom ${zoom}`] = await payloadBytes(database, district, district.children, zoom);
  for (const zoom of [13, 15])
    payloads[`street → communities, zoom ${zoom}`] = await payloadBytes(database, district.children[0], district.children[0].children, zoom);
  for (const zoom of [15, 16]) payloads[`community → grids, zoom ${zoom}`] = await payloadBytes(database, community, community.children, zoom);
  // Not served (a node's map shows its children): how far every grid of the district at once is from the target.
  payloads['district → all grids, zoom 11 (not served)'] = await payloadBytes(database, district, grids, 11);

  const engine = values.postgres ? `PostgreSQL (${values.postgres.replace(/\/\/[^@]*@/, '//')})` : 'PGlite (in memory)';
  const lines = [
    `Geography bench on ${engine}: ${grids.length.toLocaleString('en')} grids, ${buildings.toLocaleString('en')} buildings; ${SAMPLES} points, ${inside / 2} % inside a grid. ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}.`,
    '',
    '| figure | p50 | p95 | target |',
    '| --- | --- | --- | --- |',
    `| grid of a coordinate (GiST box prefilter + ray casting) | ${gridLookup.p50} ms | ${gridLookup.p95} ms | — |`,
    `| nearest 10 buildings within 500 m (GiST box + haversine) | ${nearest.p50} ms | ${nearest.p95} ms | — |`,
    '',
    '| map payload | bytes | target |',
    '| --- | --- | --- |',
    ...Object.entries(payloads).map(
      ([k, v]) => `| ${k} | ${(v / 1024).toFixed(1)} KB | ${k.startsWith('district → streets') ? (v <= PAYLOAD_TARGET ? '≤ 300 KB ✓' : '≤ 300 KB ✗') : '—'} |`,
    ),
    '',
    `Layout of the synthetic map ${(layoutMs / 1000).toFixed(1)} s, writing it ${(writeMs / 1000).toFixed(1)} s.`,
  ];
  console.log(lines.join('\n'));
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    path.join(ROOT, 'bench/results/geo-latest.json'),
    JSON.stringify({ engine, grids: grids.length, buildings, samples: SAMPLES, gridLookup, nearest, payloads, layoutMs, writeMs, load: os.loadavg() }, null, 2),
  );
} finally {
  await database.close();
}
