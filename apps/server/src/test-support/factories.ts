import { eq } from 'drizzle-orm';
import { households, residents, posts, users, orgNodes } from './tables';
import type { Role } from '@linli/shared';
import { idNumberCheckChar, maskIdNumber, maskPhone } from '@linli/shared';
import type { AppDeps } from '../platform/app-deps';
import { hashPassword } from '../platform/crypto/passwords';
import { newId } from '../platform/ids';

type Kind = 'district' | 'street' | 'community' | 'grid' | 'building' | 'unit' | 'house' | 'department';

/** A node made by {@link buildOrgTree}. */
export interface TestNode {
  id: string;
  code: string;
  path: string;
  name: string;
}

async function addNode(deps: AppDeps, parent: TestNode | null, kind: Kind, code: string, name: string, depth: number): Promise<TestNode> {
  const node = { id: newId(), code, name, path: `${parent?.path ?? '/'}${code}/` };
  await deps.db.insert(orgNodes).values({ ...node, parentId: parent?.id ?? null, kind, depth, gridType: kind === 'grid' ? 'community' : null });
  return node;
}

/** One community with a grid, a building, a unit and two houses. */
async function buildCommunity(deps: AppDeps, street: TestNode, code: string, name: string) {
  const community = await addNode(deps, street, 'community', code, name, 2);
  const grid = await addNode(deps, community, 'grid', `${code}001`, `${name}第一网格`, 3);
  const building = await addNode(deps, grid, 'building', `${code}00101`, '1号楼', 4);
  const unit = await addNode(deps, building, 'unit', `${code}001011`, '1单元', 5);
  const house1 = await addNode(deps, unit, 'house', `${code}0010110101`, '101', 6);
  const house2 = await addNode(deps, unit, 'house', `${code}0010110102`, '102', 6);
  return { community, grid, building, unit, house1, house2 };
}

/**
 * A small real tree: 薛城区 → 临城街道 → 清泉社区 and 龙潭社区, each with one grid, building,
 * unit and two houses, plus the 城管局 department.
 */
export async function buildOrgTree(deps: AppDeps) {
  const district = await addNode(deps, null, 'district', '370403', '薛城区', 0);
  const street = await addNode(deps, district, 'street', '370403001', '临城街道', 1);
  const qq = await buildCommunity(deps, street, '370403001001', '清泉社区');
  const lt = await buildCommunity(deps, street, '370403001003', '龙潭社区');
  const dept = await addNode(deps, district, 'department', '370403-cg', '城管局', 1);
  return { district, street, qq, lt, dept };
}

let cachedHash: Promise<string> | undefined;

/** Creates a user holding `role` at node `at`, with password `test-password`. */
export async function buildActor(deps: AppDeps, input: { username: string; role: Role; at: TestNode; displayName?: string }): Promise<string> {
  cachedHash ??= hashPassword('test-password');
  const id = newId();
  await deps.db.insert(users).values({ id, username: input.username, displayName: input.displayName ?? input.username, passwordHash: await cachedHash });
  await deps.db.insert(posts).values({ id: newId(), userId: id, role: input.role, nodeId: input.at.id, nodePath: input.at.path });
  return id;
}

let idSeq = 100;

/** A valid ID number born on `birth` (YYYYMMDD) with the given gender. */
export function makeIdNumber(birth = '19800101', gender: 'male' | 'female' = 'male'): string {
  idSeq += 1;
  const seq = String(idSeq % 100).padStart(2, '0') + (gender === 'male' ? '1' : '2');
  const first17 = `370403${birth}${seq}`;
  return first17 + idNumberCheckChar(first17);
}

/** Adds a resident to the household at `house` (created on first use); returns the resident's id and plain values. */
export async function addResident(deps: AppDeps, house: TestNode, input: { name: string; phone?: string; tags?: string[]; idNumber?: string }) {
  const [existing] = await deps.db.select({ id: households.id }).from(households).where(eq(households.houseId, house.id));
  const householdId = existing?.id ?? newId();
  if (!existing)
    await deps.db
      .insert(households)
      .values({ id: householdId, houseId: house.id, path: house.path, householdNo: house.code, address: `测试地址${house.name}室` });
  const idNumber = input.idNumber ?? makeIdNumber();
  const id = newId();
  await deps.db.insert(residents).values({
    id,
    householdId,
    path: house.path,
    name: input.name,
    gender: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female',
    birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
    relation: 'head',
    idNumberEnc: deps.cipher.encrypt(idNumber),
    idNumberHash: deps.cipher.blindIndex(idNumber),
    idNumberMasked: maskIdNumber(idNumber),
    phoneEnc: input.phone ? deps.cipher.encrypt(input.phone) : null,
    phoneHash: input.phone ? deps.cipher.blindIndex(input.phone) : null,
    phoneMasked: input.phone ? maskPhone(input.phone) : null,
    tags: input.tags ?? [],
  });
  return { id, householdId, idNumber, phone: input.phone ?? null };
}
