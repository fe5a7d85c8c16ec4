import { eq } from 'drizzle-orm';
import { LEDGER_EDITOR_ROLES, maskIdNumber, maskPhone, type ImportReport, type ImportRowResult } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { pathInScope, type DataScope } from '../../platform/auth/data-scope';
import type { Tx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import { auditActorOf, requireRole, scopeForRoles, type Actor } from '../../platform/auth/actor';
import { ensureChildNode, ensureComplex, queryNode, queryNodes, type PlaceRef } from '../org';
import { parseLedgerRow, type LedgerRow } from './ledger-row';
import { readLedgerWorkbook } from './ledger-workbook';
import { households, residents } from './residents.tables';

class RowRejected extends Error {}

/** A child place under `parent`, created when missing (org writes it); a row is refused once the parent's codes are used up. */
async function ensureChild(tx: Tx, parent: PlaceRef, kind: 'building' | 'unit' | 'house', name: string, codeWidth: number, complexId: string | null) {
  const node = await ensureChildNode(tx, parent, kind, name, codeWidth, complexId);
  if (!node) throw new RowRejected(`${parent.name}下的编号已用完`);
  return node;
}

/** Writes one validated row: places down to the house, the household, then the person (matched by ID number). */
async function writeRow(deps: AppDeps, tx: Tx, scope: DataScope, row: LedgerRow): Promise<ImportRowResult['status']> {
  const [grid] = await queryNodes(tx, { code: row.gridCode, kinds: ['grid'], scope });
  if (!grid) throw new RowRejected('网格编码不存在或不在您的管辖范围内');
  // A grid always has its community above it.
  const community = (await queryNode(tx, { id: grid.parentId! }))!;
  const complexId = row.complexName ? await ensureComplex(tx, community, row.complexName) : null;
  const building = await ensureChild(tx, grid, 'building', `${row.buildingNo}号楼`, 2, complexId);
  const unit = await ensureChild(tx, building, 'unit', `${row.unitNo}单元`, 1, null);
  const house = await ensureChild(tx, unit, 'house', row.roomNo, 4, null);
  let [household] = await tx.select().from(households).where(eq(households.houseId, house.id));
  if (!household) {
    [household] = await tx
      .insert(households)
      .values({
        id: newId(),
        houseId: house.id,
        path: house.path,
        householdNo: house.code,
        address: `${community.name}${row.complexName ?? ''}${building.name}${unit.name}${house.name}室`,
      })
      .returning();
  }
  const idNumberHash = deps.cipher.blindIndex(row.idNumber);
  const phoneHash = row.phone ? deps.cipher.blindIndex(row.phone) : null;
  const [existing] = await tx.select().from(residents).where(eq(residents.idNumberHash, idNumberHash));
  if (existing && !pathInScope(existing.path, scope)) throw new RowRejected('此人已登记在其他社区，请联系其所在社区迁出后再导入');
  const values = {
    householdId: household.id,
    path: household.path,
    name: row.name,
    gender: row.gender,
    birthDate: row.birthDate,
    relation: row.relation,
    tags: row.tags,
  };
  if (existing) {
    const same =
      existing.householdId === values.householdId &&
      existing.name === values.name &&
      existing.relation === values.relation &&
      existing.phoneHash === phoneHash &&
      [...existing.tags].sort().join() === [...values.tags].sort().join();
    if (same) return 'unchanged';
    const phone = existing.phoneHash === phoneHash ? {} : phoneColumns(deps, row.phone, phoneHash);
    await tx
      .update(residents)
      .set({ ...values, ...phone, updatedAt: new Date() })
      .where(eq(residents.id, existing.id));
    return 'updated';
  }
  await tx.insert(residents).values({
    id: newId(),
    ...values,
    idNumberEnc: deps.cipher.encrypt(row.idNumber),
    idNumberHash,
    idNumberMasked: maskIdNumber(row.idNumber),
    ...phoneColumns(deps, row.phone, phoneHash),
  });
  return 'created';
}

function phoneColumns(deps: AppDeps, phone: string | null, phoneHash: string | null) {
  return { phoneEnc: phone ? deps.cipher.encrypt(phone) : null, phoneHash, phoneMasked: phone ? maskPhone(phone) : null };
}

/**
 * Imports a household ledger (一张表). Each row is validated and written in its own savepoint:
 * bad rows are reported with the reason and good rows kept; a person is matched by ID number, so a
 * re-import updates instead of duplicating. One audit entry records the totals.
 */
export async function importLedger(deps: AppDeps, actor: Actor, file: Buffer): Promise<ImportReport> {
  requireRole(actor, LEDGER_EDITOR_ROLES);
  const scope = scopeForRoles(actor, LEDGER_EDITOR_ROLES);
  const sheetRows = await readLedgerWorkbook(file);
  const results: ImportRowResult[] = [];
  const seenIds = new Map<string, number>();
  await deps.db.transaction(async (tx) => {
    for (const { rowNumber, raw, numericIdNumber } of sheetRows) {
      const name = raw['姓名']?.trim() || null;
      const parsed = numericIdNumber ? { reason: '身份证号被 Excel 存成了数字（末位已丢失），请把该列设为文本后重新填写' } : parseLedgerRow(raw);
      if ('reason' in parsed) {
        results.push({ row: rowNumber, status: 'rejected', name, reason: parsed.reason });
        continue;
      }
      const earlier = seenIds.get(parsed.row.idNumber);
      if (earlier) {
        results.push({ row: rowNumber, status: 'rejected', name, reason: `与第${earlier}行身份证号重复` });
        continue;
      }
      seenIds.set(parsed.row.idNumber, rowNumber);
      try {
        const status = await tx.transaction((savepoint) => writeRow(deps, savepoint as Tx, scope, parsed.row));
        results.push({ row: rowNumber, status, name, reason: null });
      } catch (err) {
        if (!(err instanceof RowRejected)) throw err;
        results.push({ row: rowNumber, status: 'rejected', name, reason: err.message });
      }
    }
    const count = (s: ImportRowResult['status']) => results.filter((r) => r.status === s).length;
    await recordAudit(tx, auditActorOf(actor), {
      action: 'residents.import',
      detail: { total: results.length, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), rejected: count('rejected') },
    });
  });
  const count = (s: ImportRowResult['status']) => results.filter((r) => r.status === s).length;
  return {
    total: results.length,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    rejected: count('rejected'),
    rows: results,
  };
}
