import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, isNull, like } from 'drizzle-orm';
import { isValidIdNumber, maskPhone } from '@linli/shared';
import { createPiiCipher } from '../../../platform/crypto/pii-cipher';
import { verifyPassword } from '../../../platform/crypto/passwords';
import { openDatabase } from '../../../platform/db/open-database';
import type { OpenDatabase } from '../../../platform/db/database';
import { complexes, households, orgNodes, partyOrgs, posts, residents, users } from '../../../test-support/tables';
import { hasDemoDistrict, type DemoTotals } from '../../org';
import { generateDemoDistrict } from './generate-demo-district';
import { demoStaffPhone, giveDemoContacts } from './demo-contacts';

const HOUSEHOLDS = 600;
const PASSWORD = 'demo-pass-123';
const cipher = createPiiCipher('test-secret-for-demo-generation');

describe('generateDemoDistrict (600 households)', () => {
  let database: OpenDatabase;
  let totals: DemoTotals;
  const stages = new Set<string>();
  let lastDone = -1;

  beforeAll(async () => {
    database = await openDatabase({ memory: true });
    totals = await generateDemoDistrict(database.db, cipher, {
      households: HOUSEHOLDS,
      seed: 3,
      demoPassword: PASSWORD,
      onProgress: (done, total, stage) => {
        expect(total).toBe(HOUSEHOLDS);
        expect(done).toBeGreaterThanOrEqual(lastDone);
        lastDone = done;
        stages.add(stage);
      },
    });
  });
  afterAll(() => database.close());

  const nodesOfKind = (kind: string) => database.db.select().from(orgNodes).where(eq(orgNodes.kind, kind));

  it('creates the 10 real streets and 294 real communities, 清泉社区 under 临城街道', async () => {
    const streets = await nodesOfKind('street');
    expect(streets.map((s) => s.name).sort()).toEqual(
      ['临城街道', '兴仁街道', '兴城街道', '周营镇', '常庄街道', '张范街道', '新城街道', '沙沟镇', '邹坞镇', '陶庄镇'].sort(),
    );
    expect(await nodesOfKind('community')).toHaveLength(294);
    const [qingquan] = await database.db.select().from(orgNodes).where(eq(orgNodes.code, '370403001001'));
    const lincheng = streets.find((s) => s.name === '临城街道')!;
    expect(qingquan).toMatchObject({ name: '清泉社区', parentId: lincheng.id, path: '/370403/370403001/370403001001/' });
  });

  it('gives every community at least one grid with a 15-digit code starting with its own', async () => {
    const communities = await nodesOfKind('community');
    const grids = await nodesOfKind('grid');
    for (const c of communities) {
      const own = grids.filter((g) => g.parentId === c.id);
      expect(own.length, c.name).toBeGreaterThanOrEqual(1);
      for (const g of own) {
        expect(g.code).toMatch(/^\d{15}$/);
        expect(g.code.startsWith(c.code)).toBe(true);
        expect(g.path).toBe(`${c.path}${g.code}/`);
        expect(g.depth).toBe(3);
      }
    }
    expect(grids.find((g) => g.code === '370403001001001')?.name).toBe('清泉社区第一网格');
    expect(grids.filter((g) => g.gridType === 'special').length).toBeGreaterThanOrEqual(1);
    expect(totals.grids).toBe(grids.length);
  });

  it('puts every building under a grid, every unit under a building and every house under a unit', async () => {
    const byId = new Map((await database.db.select().from(orgNodes)).map((n) => [n.id, n]));
    const parentKind = { building: 'grid', unit: 'building', house: 'unit' } as const;
    let counted = 0;
    for (const node of byId.values()) {
      if (!(node.kind in parentKind)) continue;
      counted++;
      const parent = byId.get(node.parentId!);
      expect(parent?.kind, node.path).toBe(parentKind[node.kind as keyof typeof parentKind]);
      expect(node.path).toBe(`${parent!.path}${node.code}/`);
      expect(node.code.startsWith(parent!.code)).toBe(true);
    }
    expect(counted).toBe(totals.buildings + (await nodesOfKind('unit')).length + totals.houses);
    const buildings = await nodesOfKind('building');
    expect(buildings.every((b) => b.complexId !== null)).toBe(true);
    const complexIds = new Set((await database.db.select({ id: complexes.id }).from(complexes)).map((c) => c.id));
    expect(buildings.every((b) => complexIds.has(b.complexId!))).toBe(true);
  });

  it('creates exactly the requested households, one per house, with residents whose PII is encrypted', async () => {
    const { db } = database;
    expect(totals.households).toBe(HOUSEHOLDS);
    expect(await db.$count(households)).toBe(HOUSEHOLDS);
    expect(await db.$count(orgNodes, eq(orgNodes.kind, 'house'))).toBe(HOUSEHOLDS);
    const orphans = await db
      .select({ id: households.id })
      .from(households)
      .leftJoin(orgNodes, and(eq(orgNodes.id, households.houseId), eq(orgNodes.kind, 'house'), eq(orgNodes.path, households.path)))
      .where(isNull(orgNodes.id));
    expect(orphans).toEqual([]);
    const people = await db.select().from(residents);
    expect(people.length).toBe(totals.residents);
    expect(people.length).toBeGreaterThan(HOUSEHOLDS * 2);
    const sample = people.slice(0, 50);
    for (const r of sample) {
      const id = cipher.decrypt(r.idNumberEnc);
      expect(isValidIdNumber(id)).toBe(true);
      expect(r.idNumberHash).toBe(cipher.blindIndex(id));
      expect(r.idNumberMasked).toBe(`${id.slice(0, 6)}********${id.slice(-4)}`);
      if (r.phoneEnc) expect(r.phoneMasked).toBe(`${cipher.decrypt(r.phoneEnc).slice(0, 3)}****${cipher.decrypt(r.phoneEnc).slice(-4)}`);
    }
    const heads = people.filter((r) => r.relation === 'head');
    expect(heads).toHaveLength(HOUSEHOLDS);
  });

  it('creates the demo accounts with their posts, each with a hash of the demo password', async () => {
    const { db } = database;
    const expected: Record<string, [role: string, nodeCode: string]> = {
      admin: ['systemAdmin', '370403'],
      district: ['districtOfficer', '370403'],
      'street-lc': ['streetOfficer', '370403001'],
      'community-qq': ['communityStaff', '370403001001'],
      'community-lt': ['communityStaff', '370403001003'],
      'grid-qq1': ['gridWorker', '370403001001001'],
      'dept-cg': ['departmentStaff', '370403-cg'],
      member1: ['partyMember', '370403001001'],
    };
    const rows = await db
      .select({
        username: users.username,
        displayName: users.displayName,
        passwordHash: users.passwordHash,
        role: posts.role,
        code: orgNodes.code,
        nodePath: posts.nodePath,
        path: orgNodes.path,
      })
      .from(users)
      .innerJoin(posts, eq(posts.userId, users.id))
      .innerJoin(orgNodes, eq(orgNodes.id, posts.nodeId))
      .where(inArray(users.username, [...Object.keys(expected), 'resident1']));
    for (const [username, [role, code]] of Object.entries(expected)) {
      const row = rows.find((r) => r.username === username);
      expect(row, username).toMatchObject({ role, code });
      expect(row!.nodePath).toBe(row!.path);
      expect(row!.displayName).toMatch(/\p{Script=Han}/u);
    }
    const admin = rows.find((r) => r.username === 'admin')!;
    expect(admin.displayName).toBe('系统管理员');
    expect(await verifyPassword(admin.passwordHash!, PASSWORD)).toBe(true);
    expect(await verifyPassword(admin.passwordHash!, 'wrong')).toBe(false);
    // Each named account has its own salt; only generated staff share one hash.
    expect(new Set(rows.map((r) => r.passwordHash)).size).toBe(rows.length);
  });

  it("links resident1 to a real adult resident living in grid-qq1's grid, findable by phone", async () => {
    const { db } = database;
    const [user] = await db.select().from(users).where(eq(users.username, 'resident1'));
    expect(user.residentId).not.toBeNull();
    const [resident] = await db.select().from(residents).where(eq(residents.id, user.residentId!));
    expect(resident.path.startsWith('/370403/370403001/370403001001/370403001001001/')).toBe(true);
    expect(resident.name).toBe(user.displayName);
    expect(user.phoneHash).toBe(resident.phoneHash);
    expect(user.phoneHash).toBe(cipher.blindIndex(cipher.decrypt(resident.phoneEnc!)));
    const [post] = await db.select().from(posts).where(eq(posts.userId, user.id));
    const [house] = await db.select().from(orgNodes).where(eq(orgNodes.id, post.nodeId));
    expect(post.role).toBe('resident');
    expect(house).toMatchObject({ kind: 'house', path: resident.path });
  });

  it('staffs 临城街道 with a worker per grid and per community', async () => {
    const { db } = database;
    const grids = await db
      .select()
      .from(orgNodes)
      .where(and(eq(orgNodes.kind, 'grid'), like(orgNodes.path, '/370403/370403001/%')));
    const gridWorkers = await db
      .select({ code: orgNodes.code })
      .from(users)
      .innerJoin(posts, eq(posts.userId, users.id))
      .innerJoin(orgNodes, eq(orgNodes.id, posts.nodeId))
      .where(and(like(users.username, 'grid-3704%'), eq(posts.role, 'gridWorker')));
    expect(gridWorkers.map((g) => g.code).sort()).toEqual(grids.map((g) => g.code).sort());
    expect(await db.$count(users, like(users.username, 'community-3704%'))).toBe(27);
    expect(totals.users).toBe(await db.$count(users));
  });

  it('mirrors the party organisations on the area tree and adds the departments', async () => {
    const { db } = database;
    const orgs = await db.select().from(partyOrgs);
    const grids = await nodesOfKind('grid');
    expect(orgs.filter((o) => o.kind === 'branch')).toHaveLength(grids.length);
    expect(orgs.filter((o) => o.kind === 'workingCommittee')).toHaveLength(10);
    expect(orgs.filter((o) => o.kind === 'communityCommittee')).toHaveLength(294);
    expect(orgs.filter((o) => o.kind === 'districtCommittee')).toHaveLength(1);
    const branch = orgs.find((o) => o.name === '清泉社区第一网格党支部')!;
    const grid = grids.find((g) => g.code === '370403001001001')!;
    expect(branch).toMatchObject({ areaNodeId: grid.id, path: grid.path });
    const committee = orgs.find((o) => o.id === branch.parentId)!;
    expect(committee).toMatchObject({ kind: 'communityCommittee', name: '清泉社区党委', path: '/370403/370403001/370403001001/' });
    const departments = await nodesOfKind('department');
    expect(departments.map((d) => d.code).sort()).toEqual(['370403-cg', '370403-ga', '370403-mz', '370403-sc', '370403-zj']);
    expect(departments.find((d) => d.code === '370403-cg')).toMatchObject({ path: '/370403/370403-cg/', depth: 1 });
  });

  it('records the generation, reports progress and refuses to generate twice', async () => {
    expect(await hasDemoDistrict(database.db)).toBe(true);
    expect(lastDone).toBe(HOUSEHOLDS);
    expect(stages.size).toBeGreaterThanOrEqual(3);
    await expect(generateDemoDistrict(database.db, cipher, { households: HOUSEHOLDS, demoPassword: PASSWORD })).rejects.toThrow(/already exists/);
    expect(await database.db.$count(households)).toBe(HOUSEHOLDS);
  });

  it('gives buildings leads from their own residents and every account a masked phone, once (demo-contacts)', async () => {
    const first = await database.db.transaction((tx) => giveDemoContacts(tx, PASSWORD, new Date('2026-12-07T00:00:00Z')));
    const buildings = await nodesOfKind('building');
    expect(first.buildingLeads).toBeGreaterThan(buildings.length * 0.8);
    const leads = await database.db
      .select({
        path: posts.nodePath,
        residentPath: residents.path,
        masked: users.phoneMasked,
        registerMasked: residents.phoneMasked,
        username: users.username,
      })
      .from(posts)
      .innerJoin(users, eq(users.id, posts.userId))
      .innerJoin(residents, eq(residents.id, users.residentId))
      .where(eq(posts.role, 'buildingLead'));
    expect(leads).toHaveLength(first.buildingLeads);
    for (const lead of leads) {
      // The lead lives in the building they lead, and the board shows the phone the register holds, masked.
      expect(lead.residentPath.startsWith(lead.path), lead.username).toBe(true);
      expect(lead.masked).toBe(lead.registerMasked);
      expect(lead.masked).toMatch(/^1\d\d\*{4}\d{4}$/);
    }
    const unmasked = await database.db
      .selectDistinct({ id: users.id })
      .from(users)
      .innerJoin(posts, eq(posts.userId, users.id))
      .where(isNull(users.phoneMasked));
    expect(unmasked).toEqual([]);
    const [grid] = await database.db.select({ masked: users.phoneMasked }).from(users).where(eq(users.username, 'grid-qq1'));
    expect(grid.masked).toBe(maskPhone(demoStaffPhone('grid-qq1')));
    expect(await database.db.transaction((tx) => giveDemoContacts(tx, PASSWORD))).toEqual({ buildingLeads: 0, maskedPhones: 0 });
  });
});

describe('generateDemoDistrict determinism', () => {
  it('produces the same residents at the same places for the same households and seed', async () => {
    const snapshot = async (seed: number) => {
      const { db, close } = await openDatabase({ memory: true });
      try {
        await generateDemoDistrict(db, cipher, { households: 450, seed, demoPassword: PASSWORD, asOf: '2025-01-01' });
        // Ids and ciphertexts are random by design; paths, names and the keyed ID-number hash are not.
        return await db
          .select({ path: residents.path, name: residents.name, idNumberHash: residents.idNumberHash, tags: residents.tags })
          .from(residents)
          .orderBy(residents.path, residents.idNumberHash);
      } finally {
        await close();
      }
    };
    const first = await snapshot(11);
    expect(first.length).toBeGreaterThan(900);
    expect(await snapshot(11)).toEqual(first);
  });
});

describe('hasDemoDistrict', () => {
  it('is false on a fresh database', async () => {
    const { db, close } = await openDatabase({ memory: true });
    try {
      expect(await hasDemoDistrict(db)).toBe(false);
    } finally {
      await close();
    }
  });
});
