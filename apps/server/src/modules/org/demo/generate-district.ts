import { and, like, lte } from 'drizzle-orm';
import { maskIdNumber, maskPhone, type Gender } from '@linli/shared';
import type { PiiCipher } from '../../../platform/crypto/pii-cipher';
import type { Db, DbOrTx } from '../../../platform/db/database';
import { newId } from '../../../platform/ids';
import { complexes, orgNodes, partyOrgs } from '../org.tables';
import { createBatchWriter, type BatchWriter } from './batch-writer';
import { hashDemoPasswords, type AccountSpec, type DemoPasswordHashes, type DemoUsername } from './demo-accounts';
import { findDemoDistrict, recordDemoDistrict } from './demo-status';
import { departmentCode, ensureDepartments } from './departments';
import { importDivisions, loadDivisions, pathOf } from './divisions';
import { partyOrgRows } from './party-orgs';
import { createPeopleGenerator, type DemoPerson, type PeopleGenerator } from './people';
import { createRandom } from './random';
import { housesOf, planTotals, planWorld, roomNumber, type PlannedBuilding, type PlannedCommunity, type PlannedGrid, type WorldPlan } from './world';

export { findDemoDistrict, hasDemoDistrict } from './demo-status';

/** The demo district: 薛城区, Zaozhuang, Shandong (the articles' own district). */
export const DEMO_DISTRICT_CODE = '370403';
// Nodes the named demo accounts sit at: 临城街道, 清泉社区, 龙潭社区 and 清泉社区第一网格.
const SEAT_STREET_CODE = '370403001';
const QINGQUAN_CODE = '370403001001';
const LONGTAN_CODE = '370403001003';
const QINGQUAN_GRID_1_CODE = '370403001001001';

/** Options of `generateDemoDistrict`. */
export interface GenerateDemoOptions {
  /** Households (= houses) to create; at least one per community (see `minimumHouseholds`). */
  households: number;
  /** Same seed (and households and asOf), same world. Default 1. */
  seed?: number;
  /** Password of every demo account. */
  demoPassword: string;
  /** Date ages are counted at (YYYY-MM-DD); default 1 January of the current year. */
  asOf?: string;
  /** Called after each grid and at each stage; `done` counts households. */
  onProgress?: (done: number, total: number, stage: string) => void;
}

/** What the generation created. */
export interface DemoTotals {
  streets: number;
  communities: number;
  grids: number;
  complexes: number;
  buildings: number;
  houses: number;
  households: number;
  residents: number;
  users: number;
  partyOrgs: number;
  departments: number;
}

interface ResidentPick {
  residentId: string;
  name: string;
  phoneHash: string;
  house: { id: string; path: string };
}

interface Context {
  writer: BatchWriter;
  writers: DemoDistrictWriters;
  cipher: PiiCipher;
  people: PeopleGenerator;
  asOfYear: number;
  districtName: string;
  resident1?: ResidentPick;
}

/** A household row the demo writes (the residents module's table). */
export interface DemoHouseholdRow {
  id: string;
  houseId: string;
  path: string;
  householdNo: string;
  address: string;
}

/** A resident row the demo writes, PII already encrypted (the residents module's table). */
export type DemoResidentRow = ReturnType<typeof residentRow>;

/**
 * What the demo district writes into the modules above org: households with their residents
 * (residents) and the accounts with their posts (auth). The directory module passes them in, so
 * org imports neither.
 */
export interface DemoDistrictWriters {
  /** Queues a household and its residents on the generator's batch writer. */
  addHousehold(writer: BatchWriter, household: DemoHouseholdRow, residents: DemoResidentRow[]): Promise<void>;
  /** Creates the accounts and their posts; returns how many users it created. */
  insertAccounts(db: DbOrTx, specs: readonly AccountSpec[]): Promise<number>;
}

/**
 * Generates the demo district 薛城区 in one transaction: the real streets and communities, grids of
 * 300–500 households, complexes, buildings, units, houses, one household per house with its
 * residents (PII encrypted), the mirrored party organisations, the departments and the demo
 * accounts (see `DEMO_USERNAMES`), the last two through `writers`. Refuses when a demo already
 * exists. Deterministic for (households, seed, asOf) except for ids and ciphertexts. Callers use
 * the directory module's `generateDemoDistrict`, which passes the writers.
 */
export async function generateDemoTree(db: Db, cipher: PiiCipher, options: GenerateDemoOptions, writers: DemoDistrictWriters): Promise<DemoTotals> {
  const seed = options.seed ?? 1;
  const asOf = options.asOf ?? `${new Date().getUTCFullYear()}-01-01`;
  const progress = options.onProgress ?? (() => undefined);
  const existing = await findDemoDistrict(db);
  if (existing) throw new Error(`演示数据已于 ${existing.at} 生成（${existing.households} 户）/ a demo district already exists`);
  const total = options.households;
  const plan = planWorld(loadDivisions(DEMO_DISTRICT_CODE), total, createRandom(seed));
  const people = createPeopleGenerator(createRandom(seed + 0x9e3779b9), { regionCode: DEMO_DISTRICT_CODE, asOf });
  const staff = createPeopleGenerator(createRandom(seed + 0x85ebca6b), { regionCode: DEMO_DISTRICT_CODE, asOf });
  progress(0, total, '密码 hashing');
  const hashes = await hashDemoPasswords(options.demoPassword);

  return db.transaction(async (tx) => {
    progress(0, total, '区划 divisions');
    await importDivisions(tx, DEMO_DISTRICT_CODE);
    const idByPath = await loadUpperNodes(tx);
    const districtPath = pathOf(DEMO_DISTRICT_CODE);
    const departments = await ensureDepartments(tx, { id: idByPath.get(districtPath)!, code: DEMO_DISTRICT_CODE, name: plan.district.name });
    if (departments > 0) for (const [path, id] of await loadUpperNodes(tx)) idByPath.set(path, id);

    const ctx: Context = { writer: createBatchWriter(tx), writers, cipher, people, asOfYear: Number(asOf.slice(0, 4)), districtName: plan.district.name };
    let done = 0;
    for (const street of plan.streets) {
      for (const community of street.communities) {
        const communityPath = pathOf(DEMO_DISTRICT_CODE, street.code, community.code);
        const complexIds = await writeComplexes(ctx, community, { id: idByPath.get(communityPath)!, path: communityPath }, street.name);
        for (const [i, grid] of community.grids.entries()) {
          const gridNode = await writeGrid(ctx, community, grid, i, { id: idByPath.get(communityPath)!, path: communityPath }, complexIds);
          idByPath.set(gridNode.path, gridNode.id);
          done += grid.households;
          progress(done, total, '住户 households');
        }
      }
    }
    progress(done, total, '党组织与账号 party & accounts');
    for (const row of partyOrgRows(plan, idByPath)) await ctx.writer.add(partyOrgs, row);
    await ctx.writer.flush();
    if (!ctx.resident1) throw new Error('清泉社区第一网格没有可登录的成年居民 / no adult resident with a phone in grid-qq1');
    const users = await writers.insertAccounts(tx, accountSpecs(plan, idByPath, hashes, ctx.resident1, staff));
    await recordDemoDistrict(tx, { households: total, seed, at: new Date().toISOString(), asOf });
    progress(total, total, '完成 done');
    const written = ctx.writer.written;
    return {
      ...planTotals(plan),
      households: written.get('households') ?? 0,
      residents: written.get('residents') ?? 0,
      users,
      partyOrgs: written.get('party_orgs') ?? 0,
      departments,
    };
  });
}

async function loadUpperNodes(db: DbOrTx): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: orgNodes.id, path: orgNodes.path })
    .from(orgNodes)
    .where(and(like(orgNodes.path, `${pathOf(DEMO_DISTRICT_CODE)}%`), lte(orgNodes.depth, 2)));
  return new Map(rows.map((r) => [r.path, r.id]));
}

async function writeComplexes(ctx: Context, community: PlannedCommunity, node: { id: string; path: string }, streetName: string): Promise<string[]> {
  const ids: string[] = [];
  for (const complex of community.complexes) {
    const id = newId();
    ids.push(id);
    await ctx.writer.add(complexes, {
      id,
      communityId: node.id,
      path: node.path,
      name: complex.name,
      address: `${ctx.districtName}${streetName}${community.name}`,
    });
  }
  return ids;
}

async function writeGrid(
  ctx: Context,
  community: PlannedCommunity,
  grid: PlannedGrid,
  index: number,
  parent: { id: string; path: string },
  complexIds: string[],
): Promise<{ id: string; path: string }> {
  const id = newId();
  const path = `${parent.path}${grid.code}/`;
  await ctx.writer.add(orgNodes, {
    id,
    parentId: parent.id,
    kind: 'grid',
    code: grid.code,
    name: grid.name,
    path,
    depth: 3,
    sort: index + 1,
    gridType: grid.gridType,
  });
  for (const [i, building] of grid.buildings.entries()) {
    await writeBuilding(ctx, community, grid, building, i, { id, path }, complexIds[building.complexIndex]);
  }
  return { id, path };
}

async function writeBuilding(
  ctx: Context,
  community: PlannedCommunity,
  grid: PlannedGrid,
  building: PlannedBuilding,
  index: number,
  parent: { id: string; path: string },
  complexId: string,
): Promise<void> {
  const { writer } = ctx;
  const buildingId = newId();
  const buildingPath = `${parent.path}${building.code}/`;
  await writer.add(orgNodes, {
    id: buildingId,
    parentId: parent.id,
    kind: 'building',
    code: building.code,
    name: building.name,
    path: buildingPath,
    depth: 4,
    sort: index + 1,
    complexId,
  });
  const complexName = community.complexes[building.complexIndex].name;
  let unit = { number: 0, id: '', code: '', path: '' };
  for (const house of housesOf(building)) {
    if (house.unit !== unit.number) {
      const code = building.code + String(house.unit);
      unit = { number: house.unit, id: newId(), code, path: `${buildingPath}${code}/` };
      await writer.add(orgNodes, {
        id: unit.id,
        parentId: buildingId,
        kind: 'unit',
        code,
        name: `${house.unit}单元`,
        path: unit.path,
        depth: 5,
        sort: house.unit,
      });
    }
    const room = house.floor * 100 + house.door;
    const houseCode = unit.code + roomNumber(house);
    const houseNode = { id: newId(), path: `${unit.path}${houseCode}/` };
    await writer.add(orgNodes, {
      id: houseNode.id,
      parentId: unit.id,
      kind: 'house',
      code: houseCode,
      name: `${room}室`,
      path: houseNode.path,
      depth: 6,
      sort: room,
    });
    const householdId = newId();
    const household: DemoHouseholdRow = {
      id: householdId,
      houseId: houseNode.id,
      path: houseNode.path,
      householdNo: houseCode,
      address: `${community.name} ${complexName} ${building.number}号楼${house.unit}单元${room}室`,
    };
    const members: DemoResidentRow[] = [];
    for (const person of ctx.people.household({ rural: community.isVillage })) {
      const residentId = newId();
      members.push(residentRow(ctx.cipher, person, residentId, householdId, houseNode.path));
      if (!ctx.resident1 && grid.code === QINGQUAN_GRID_1_CODE && isLoginCandidate(person, ctx.asOfYear)) {
        ctx.resident1 = { residentId, name: person.name, phoneHash: ctx.cipher.blindIndex(person.phone!), house: houseNode };
      }
    }
    await ctx.writers.addHousehold(writer, household, members);
  }
}

// resident1 should be a working-age adult with a phone, so SMS login and "my household" both show something.
function isLoginCandidate(person: DemoPerson, asOfYear: number): boolean {
  const age = asOfYear - Number(person.birthDate.slice(0, 4));
  return person.phone !== null && age >= 25 && age <= 60;
}

function residentRow(cipher: PiiCipher, p: DemoPerson, id: string, householdId: string, path: string) {
  return {
    id,
    householdId,
    path,
    name: p.name,
    gender: p.gender,
    birthDate: p.birthDate,
    relation: p.relation,
    idNumberEnc: cipher.encrypt(p.idNumber),
    idNumberHash: cipher.blindIndex(p.idNumber),
    idNumberMasked: maskIdNumber(p.idNumber),
    phoneEnc: p.phone ? cipher.encrypt(p.phone) : null,
    phoneHash: p.phone ? cipher.blindIndex(p.phone) : null,
    phoneMasked: p.phone ? maskPhone(p.phone) : null,
    tags: p.tags,
  };
}

function accountSpecs(
  plan: WorldPlan,
  idByPath: ReadonlyMap<string, string>,
  hashes: DemoPasswordHashes,
  resident: ResidentPick,
  staff: PeopleGenerator,
): AccountSpec[] {
  const d = DEMO_DISTRICT_CODE;
  const node = (path: string) => {
    const id = idByPath.get(path);
    if (!id) throw new Error(`demo account node missing: ${path}`);
    return { id, path };
  };
  const named = (username: DemoUsername, displayName: string, role: AccountSpec['role'], path: string, title: string): AccountSpec => ({
    username,
    displayName,
    passwordHash: hashes.named.get(username)!,
    role,
    node: node(path),
    title,
  });
  const seat = pathOf(d, SEAT_STREET_CODE);
  const qingquan = pathOf(d, SEAT_STREET_CODE, QINGQUAN_CODE);
  const specs: AccountSpec[] = [
    named('admin', '系统管理员', 'systemAdmin', pathOf(d), '系统管理员'),
    named('district', '王志强', 'districtOfficer', pathOf(d), '区委社会工作部科长'),
    named('street-lc', '李晓燕', 'streetOfficer', seat, '临城街道社会治理办公室主任'),
    named('community-qq', '张丽', 'communityStaff', qingquan, '清泉社区党委书记'),
    named('community-lt', '陈静', 'communityStaff', pathOf(d, SEAT_STREET_CODE, LONGTAN_CODE), '龙潭社区居委会主任'),
    named('grid-qq1', '赵磊', 'gridWorker', pathOf(d, SEAT_STREET_CODE, QINGQUAN_CODE, QINGQUAN_GRID_1_CODE), '专职网格员'),
    named('dept-cg', '孙涛', 'departmentStaff', pathOf(d, departmentCode(d, 'cg')), '城管局派遣员'),
    {
      username: 'resident1',
      displayName: resident.name,
      passwordHash: hashes.named.get('resident1')!,
      role: 'resident',
      node: resident.house,
      title: '居民',
      residentId: resident.residentId,
      phoneHash: resident.phoneHash,
    },
    named('member1', '周红梅', 'partyMember', qingquan, '社区党员'),
  ];
  // Staff the seat street so its tree looks manned: one worker per grid, one worker per community.
  const seatStreet = plan.streets.find((s) => s.code === SEAT_STREET_CODE)!;
  const staffName = (): string => staff.adultName(staffGender(specs.length));
  for (const c of seatStreet.communities) {
    const communityPath = pathOf(d, SEAT_STREET_CODE, c.code);
    specs.push({
      username: `community-${c.code}`,
      displayName: staffName(),
      passwordHash: hashes.staff,
      role: 'communityStaff',
      node: node(communityPath),
      title: '社区工作者',
    });
    for (const g of c.grids) {
      const gridPath = `${communityPath}${g.code}/`;
      specs.push({
        username: `grid-${g.code}`,
        displayName: staffName(),
        passwordHash: hashes.staff,
        role: 'gridWorker',
        node: node(gridPath),
        title: '专职网格员',
      });
    }
  }
  return specs;
}

// Community work is done mostly by women in practice; alternate 2:1 so the roster looks plausible.
function staffGender(n: number): Gender {
  return n % 3 === 0 ? 'male' : 'female';
}
