import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import { openDatabase } from '../../../platform/db/open-database';
import type { OpenDatabase } from '../../../platform/db/database';
import { orgNodes } from '../org.tables';
import { communityNameOf, importDivisions, loadDivisions } from './divisions';

describe('real division data', () => {
  it('strips the committee suffix and keeps villages recognisable', () => {
    expect(communityNameOf('清泉社区居委会')).toEqual({ name: '清泉社区', isVillage: false });
    expect(communityNameOf('兴安社区居民委员会')).toEqual({ name: '兴安社区', isVillage: false });
    expect(communityNameOf('挪庄村委会')).toEqual({ name: '挪庄村', isVillage: true });
    expect(communityNameOf('郭洼村村委会')).toEqual({ name: '郭洼村', isVillage: true });
  });

  it('reads 薛城区 with its 10 streets and towns and 294 communities and villages', () => {
    const xuecheng = loadDivisions('370403');
    expect(xuecheng.name).toBe('薛城区');
    expect(xuecheng.streets.map((s) => s.name)).toEqual([
      '临城街道',
      '兴仁街道',
      '兴城街道',
      '张范街道',
      '常庄街道',
      '新城街道',
      '沙沟镇',
      '周营镇',
      '邹坞镇',
      '陶庄镇',
    ]);
    expect(xuecheng.streets.reduce((n, s) => n + s.communities.length, 0)).toBe(294);
    const lincheng = xuecheng.streets[0];
    expect(lincheng.communities.slice(0, 2)).toEqual([
      { code: '370403001001', name: '清泉社区', isVillage: false },
      { code: '370403001003', name: '龙潭社区', isVillage: false },
    ]);
    expect(xuecheng.streets.flatMap((s) => s.communities).filter((c) => /委员会|委会$/.test(c.name))).toEqual([]);
  });

  it('refuses an unknown district code', () => {
    expect(() => loadDivisions('999999')).toThrow(/unknown district code/);
  });
});

describe('importDivisions', () => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await openDatabase({ memory: true });
  });
  afterAll(() => database.close());

  it("creates 市中区's streets and communities under the district node, and a second run adds nothing", async () => {
    const { db } = database;
    const first = await importDivisions(db, '370402');
    const expected = loadDivisions('370402');
    expect(first.district).toEqual({ code: '370402', name: '市中区' });
    expect(first.created.districts).toBe(1);
    expect(first.created.streets).toBe(expected.streets.length);
    expect(first.created.communities).toBe(expected.streets.reduce((n, s) => n + s.communities.length, 0));

    const [district] = await db.select().from(orgNodes).where(eq(orgNodes.path, '/370402/'));
    expect(district).toMatchObject({ kind: 'district', name: '市中区', depth: 0, parentId: null });
    const streets = await db.select().from(orgNodes).where(eq(orgNodes.parentId, district.id)).orderBy(orgNodes.code);
    expect(streets.map((s) => s.name)).toEqual(expected.streets.map((s) => s.name));
    for (const s of streets) expect(s).toMatchObject({ kind: 'street', depth: 1, path: `/370402/${s.code}/` });
    const firstStreetChildren = await db.select().from(orgNodes).where(eq(orgNodes.parentId, streets[0].id));
    expect(firstStreetChildren.length).toBe(expected.streets[0].communities.length);
    for (const c of firstStreetChildren) expect(c.path).toBe(`/370402/${streets[0].code}/${c.code}/`);

    const second = await importDivisions(db, '370402');
    expect(second.created).toEqual({ districts: 0, streets: 0, communities: 0 });
    expect(second.skipped).toBe(1 + first.created.streets + first.created.communities);
    expect(await db.$count(orgNodes, like(orgNodes.path, '/370402/%'))).toBe(1 + first.created.streets + first.created.communities);
  });
});
