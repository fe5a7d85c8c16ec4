import { and, asc, eq, inArray, isNotNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { escapeLike, scopeCondition, type DataScope } from '../../platform/auth/data-scope';
import { households, residents } from './residents.tables';

const listColumns = {
  id: residents.id,
  name: residents.name,
  gender: residents.gender,
  birthDate: residents.birthDate,
  relation: residents.relation,
  phoneMasked: residents.phoneMasked,
  idNumberMasked: residents.idNumberMasked,
  tags: residents.tags,
  householdId: residents.householdId,
  path: residents.path,
  address: households.address,
};

/** A resident row as lists read it (masked columns only). */
export type ResidentListRow = Awaited<ReturnType<typeof listResidents>>[number];

/** Filters for {@link listResidents}; all optional and combined with AND. */
export interface ResidentFilter {
  underPath?: string;
  householdId?: string;
  tag?: string;
  nameOrPhone?: { namePrefix: string; phoneHash: string | null; phoneSuffix: string | null };
  after?: { path: string; id: string };
  limit: number;
}

/** The filters and the scope as SQL conditions on residents. */
function residentConditions(scope: DataScope, f: Omit<ResidentFilter, 'after' | 'limit'>): SQL[] {
  const conditions: SQL[] = [scopeCondition(residents.path, scope)];
  if (f.underPath) conditions.push(like(residents.path, `${escapeLike(f.underPath)}%`));
  if (f.householdId) conditions.push(eq(residents.householdId, f.householdId));
  if (f.tag) conditions.push(sql`${f.tag} = any(${residents.tags})`);
  if (f.nameOrPhone) {
    const { namePrefix, phoneHash, phoneSuffix } = f.nameOrPhone;
    const alternatives: SQL[] = [like(residents.name, `${escapeLike(namePrefix)}%`)];
    if (phoneHash) alternatives.push(eq(residents.phoneHash, phoneHash));
    if (phoneSuffix) alternatives.push(like(residents.phoneMasked, `%${escapeLike(phoneSuffix)}`));
    conditions.push(or(...alternatives) as SQL);
  }
  return conditions;
}

/** How many residents in scope match the filters. */
export async function countResidents(db: DbOrTx, scope: DataScope, f: Omit<ResidentFilter, 'after' | 'limit'>): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(residents)
    .where(and(...residentConditions(scope, f)));
  return row.n;
}

/** Residents in scope ordered by (path, id) for keyset pagination; reads masked columns only. */
export async function listResidents(db: DbOrTx, scope: DataScope, f: ResidentFilter) {
  const conditions = residentConditions(scope, f);
  if (f.after) conditions.push(sql`(${residents.path}, ${residents.id}) > (${f.after.path}, ${f.after.id})`);
  return db
    .select(listColumns)
    .from(residents)
    .innerJoin(households, eq(households.id, residents.householdId))
    .where(and(...conditions))
    .orderBy(asc(residents.path), asc(residents.id))
    .limit(f.limit);
}

/** One resident in scope with the encrypted columns (decrypted only on an audited reveal). */
export async function findResident(db: DbOrTx, scope: DataScope, id: string) {
  const [row] = await db
    .select({
      ...listColumns,
      householdNo: households.householdNo,
      houseId: households.houseId,
      phoneEnc: residents.phoneEnc,
      idNumberEnc: residents.idNumberEnc,
    })
    .from(residents)
    .innerJoin(households, eq(households.id, residents.householdId))
    .where(and(eq(residents.id, id), scopeCondition(residents.path, scope)));
  return row;
}

/** Members of one household (names and relations only). */
export async function listHouseholdMembers(db: DbOrTx, scope: DataScope, householdId: string) {
  return db
    .select({ id: residents.id, name: residents.name, relation: residents.relation })
    .from(residents)
    .where(and(eq(residents.householdId, householdId), scopeCondition(residents.path, scope)))
    .orderBy(asc(residents.birthDate));
}

/**
 * What a phone-code login needs to tie a new account to a ledger resident: the person and their
 * house. Looked up by blind index only; called by the auth module before any scope exists.
 */
export async function findResidentLoginFacts(db: DbOrTx, phoneHash: string) {
  const [row] = await db
    .select({ residentId: residents.id, name: residents.name, houseId: households.houseId, path: households.path })
    .from(residents)
    .innerJoin(households, eq(households.id, residents.householdId))
    .where(eq(residents.phoneHash, phoneHash))
    .limit(1);
  return row;
}

/** A resident by the blind index of their ID number, regardless of scope (import de-duplication only). */
export async function findResidentByIdNumberHash(db: DbOrTx, idNumberHash: string) {
  const [row] = await db.select().from(residents).where(eq(residents.idNumberHash, idNumberHash));
  return row;
}

/** The household living at a house, if any. */
export async function findHouseholdAtHouse(db: DbOrTx, houseId: string) {
  const [row] = await db.select().from(households).where(eq(households.houseId, houseId));
  return row;
}

/** A resident's registered phone as stored (encrypted and masked), for copying onto a case they report; undefined without one. */
export async function findRegisteredPhone(db: DbOrTx, residentId: string): Promise<{ phoneEnc: string; phoneMasked: string } | undefined> {
  const [row] = await db.select({ phoneEnc: residents.phoneEnc, phoneMasked: residents.phoneMasked }).from(residents).where(eq(residents.id, residentId));
  return row?.phoneEnc && row.phoneMasked ? { phoneEnc: row.phoneEnc, phoneMasked: row.phoneMasked } : undefined;
}

/** The masked phones of some residents (those without a phone are left out), in one query: what a notice board prints. */
export async function maskedPhonesOf(db: DbOrTx, residentIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(residentIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: residents.id, phoneMasked: residents.phoneMasked })
    .from(residents)
    .where(and(inArray(residents.id, ids), isNotNull(residents.phoneMasked)));
  return new Map(rows.map((r) => [r.id, r.phoneMasked!]));
}

/** Households at or under a node path, with member counts, limited for display. */
export async function listHouseholdsUnder(db: DbOrTx, scope: DataScope, path: string, limit: number) {
  return db
    .select({
      id: households.id,
      houseId: households.houseId,
      householdNo: households.householdNo,
      address: households.address,
      memberCount: sql<number>`(select count(*)::int from residents r where r.household_id = "households"."id")`,
    })
    .from(households)
    .where(and(like(households.path, `${escapeLike(path)}%`), scopeCondition(households.path, scope)))
    .orderBy(asc(households.path))
    .limit(limit);
}

/** The path of the building a resident's house is in: district, street, community, grid, building (the demo's depth). */
const BUILDING_OF_HOUSE = '^(?:/[^/]+){5}/';

/**
 * Up to `perBuilding` adults (30–65 in `asOfYear`) with a phone on the register for each building under `underPath`, in
 * a fixed order (house path, name, birth date): the demo's building leads are picked from them, the same every run.
 */
export async function leadCandidatesUnder(db: DbOrTx, underPath: string, asOfYear: number, perBuilding = 3) {
  const result = await db.execute(sql`
    select building_path as "buildingPath", id, name, phone_hash as "phoneHash", phone_masked as "phoneMasked" from (
      select substring(${residents.path} from ${BUILDING_OF_HOUSE}) as building_path, ${residents.id} as id, ${residents.name} as name,
        ${residents.phoneHash} as phone_hash, ${residents.phoneMasked} as phone_masked,
        row_number() over (partition by substring(${residents.path} from ${BUILDING_OF_HOUSE})
                           order by ${residents.path}, ${residents.name}, ${residents.birthDate}) as n
      from ${residents}
      where ${residents.path} like ${`${escapeLike(underPath)}%`} and ${residents.phoneHash} is not null
        and ${residents.birthDate} between ${`${asOfYear - 65}-01-01`} and ${`${asOfYear - 30}-12-31`}) c
    where n <= ${perBuilding} and building_path is not null
    order by building_path, n`);
  // Both drivers answer `{ rows }` (node-postgres and PGlite alike).
  return (result as unknown as { rows: { buildingPath: string; id: string; name: string; phoneHash: string; phoneMasked: string | null }[] }).rows;
}
