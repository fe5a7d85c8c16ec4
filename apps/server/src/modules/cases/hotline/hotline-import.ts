import { and, eq, inArray, isNull } from 'drizzle-orm';
import { HOTLINE_STAFF_ROLES, createCaseRequest, maskPhone, type CreateCaseInput, type HotlineImportReport, type HotlineImportRowResult } from '@linli/shared';
import type { AppDeps } from '../../../platform/app-deps';
import { recordAudit } from '../../../platform/audit/audit';
import { pathInScope } from '../../../platform/auth/data-scope';
import type { DbOrTx, Tx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors';
import { newId } from '../../../platform/ids';
import { deadlineOf } from '../../../platform/time/deadlines';
import { auditActorOf, requireRole, scopeForRoles, type Actor } from '../../../platform/auth/actor';
import { suggestCategories } from '../case-suggest';
import { createCase } from '../cases.service';
import { caseCategories, cases } from '../cases.tables';
import { PlaceFinder, loadCommunities, matchCommunity, type ResolvedPlace } from './hotline-places';
import { parseHotlineRow, type HotlineRow } from './hotline-row';
import { readHotlineWorkbook } from './hotline-workbook';
import { hotlineOrders } from './hotline.tables';

/** The category root orders fall back to when nothing in the text points at a category (DOMAIN §2: 民生诉求). */
const LIVELIHOOD_ROOT_CODE = 'L00';

/** The sheet column behind each intake field, to name it in the report. */
const COLUMN_OF_FIELD: Record<string, string> = {
  description: '诉求内容',
  title: '诉求标题',
  address: '详细地址',
  reporterName: '来电人',
  reporterPhone: '联系电话',
};

/** A row ready to write: parsed, placed and categorised before the write transaction opens. */
interface PlannedRow {
  rowNumber: number;
  row: HotlineRow;
  place: ResolvedPlace;
  category: { id: string; name: string } | null;
  input: CreateCaseInput;
  notes: string[];
}

/** Thrown inside a row's savepoint when another import took the order number first: the savepoint rolls back. */
class OrderTaken extends Error {}

/** The earlier imports of these order numbers: case and scope path of each. */
async function findImported(db: DbOrTx, orderNos: string[]) {
  const found = new Map<string, { caseId: string; path: string }>();
  for (let i = 0; i < orderNos.length; i += 1000) {
    const chunk = orderNos.slice(i, i + 1000);
    const rows = await db
      .select({ orderNo: hotlineOrders.orderNo, caseId: hotlineOrders.caseId, path: hotlineOrders.path })
      .from(hotlineOrders)
      .where(inArray(hotlineOrders.orderNo, chunk));
    for (const r of rows) found.set(r.orderNo, r);
  }
  return found;
}

async function livelihoodRoot(db: DbOrTx) {
  const [root] = await db
    .select({ id: caseCategories.id, name: caseCategories.name })
    .from(caseCategories)
    .where(and(eq(caseCategories.code, LIVELIHOOD_ROOT_CODE), isNull(caseCategories.parentId), eq(caseCategories.active, true)))
    .limit(1);
  return root ?? null;
}

/** The intake request an order becomes, checked against the same contract as `POST /api/cases`. */
function caseInputOf(row: HotlineRow, place: ResolvedPlace, category: { id: string } | null) {
  return createCaseRequest.safeParse({
    description: `${row.content}\n（12345工单编号：${row.orderNo}）`,
    title: row.title ?? undefined,
    categoryId: category?.id,
    channel: 'hotline',
    gridId: place.gridId,
    locationNodeId: place.buildingId ?? undefined,
    address: row.address ?? (place.complex ? `${place.community.name}${place.complex.name}` : place.community.name),
    reporterName: row.callerName ?? undefined,
    reporterPhone: row.phoneIsMobile ? (row.phone ?? undefined) : undefined,
  });
}

/** Creates the case through the ordinary intake (limits, timeline, audit, outbox) and records the order, in the caller's savepoint. */
async function writeRow(deps: AppDeps, tx: Tx, actor: Actor, plan: PlannedRow, now: Date): Promise<{ caseId: string; caseNo: string }> {
  const { row, place, input } = plan;
  // createCase opens its own transaction; on a transaction handle that is a nested savepoint, so
  // the case and the order commit or roll back together.
  const { id: caseId } = await createCase({ ...deps, db: tx as never }, actor, input, undefined);
  const inserted = await tx
    .insert(hotlineOrders)
    .values({
      id: newId(),
      orderNo: row.orderNo,
      calledAt: row.calledAt,
      month: row.month,
      type: row.type,
      callerPhoneEnc: row.phone ? deps.cipher.encrypt(row.phone) : null,
      callerPhoneMasked: row.phone ? maskPhone(row.phone) : null,
      communityId: place.community.id,
      complexId: place.complex?.id ?? null,
      path: place.community.path,
      caseId,
      handlingUnit: row.handlingUnit,
      limitDays: row.limit?.days ?? null,
      dueAt: row.limit ? deadlineOf(row.calledAt, row.limit.days, row.limit.calendar ? 'calendarDays' : 'workingDays', deps.calendar) : null,
      importedByUserId: actor.userId,
      importedAt: now,
    })
    .onConflictDoNothing({ target: hotlineOrders.orderNo })
    .returning({ id: hotlineOrders.id });
  if (!inserted.length) throw new OrderTaken();
  const [{ caseNo }] = await tx.select({ caseNo: cases.caseNo }).from(cases).where(eq(cases.id, caseId));
  return { caseId, caseNo };
}

/**
 * Imports a 12345 work-order export. Rows are checked, placed (community in the importer's scope,
 * complex, grid) and categorised first; then each becomes a hotline case in its own savepoint, so a
 * bad row is reported and the good ones kept. The order number is unique: a re-imported order is a
 * duplicate and makes no second case. One audit entry records the totals.
 */
export async function importHotlineOrders(deps: AppDeps, actor: Actor, file: Buffer): Promise<HotlineImportReport> {
  requireRole(actor, HOTLINE_STAFF_ROLES);
  const scope = scopeForRoles(actor, HOTLINE_STAFF_ROLES);
  const now = deps.now ? deps.now() : new Date();
  const sheetRows = await readHotlineWorkbook(file);
  const results = new Map<number, HotlineImportRowResult>();
  const result = (rowNumber: number, orderNo: string | null, fields: Partial<HotlineImportRowResult> & Pick<HotlineImportRowResult, 'status'>) =>
    results.set(rowNumber, { row: rowNumber, orderNo, caseId: null, caseNo: null, complexName: null, categoryName: null, reason: null, note: null, ...fields });

  const parsed: { rowNumber: number; row: HotlineRow }[] = [];
  for (const { rowNumber, raw, orderNoLostDigits } of sheetRows) {
    const orderNo = raw['工单编号']?.trim() || null;
    if (orderNoLostDigits) {
      result(rowNumber, orderNo, { status: 'rejected', reason: '工单编号被 Excel 存成了数字（超过15位的部分已改变），请把该列设为文本后重新导出' });
      continue;
    }
    const outcome = parseHotlineRow(raw, now);
    if ('reason' in outcome) result(rowNumber, orderNo, { status: 'rejected', reason: outcome.reason });
    else parsed.push({ rowNumber, row: outcome.row });
  }

  const imported = await findImported(deps.db, [...new Set(parsed.map((p) => p.row.orderNo))]);
  const communities = await loadCommunities(deps.db, scope);
  const places = new PlaceFinder(deps.db);
  const fallback = await livelihoodRoot(deps.db);
  const firstRowOf = new Map<string, number>();
  const plans: PlannedRow[] = [];
  for (const { rowNumber, row } of parsed) {
    const earlier = imported.get(row.orderNo);
    if (earlier) {
      const visible = pathInScope(earlier.path, scope);
      result(rowNumber, row.orderNo, { status: 'duplicate', caseId: visible ? earlier.caseId : null, reason: '该工单已导入过，未重复立案' });
      continue;
    }
    const firstRow = firstRowOf.get(row.orderNo);
    if (firstRow) {
      result(rowNumber, row.orderNo, { status: 'duplicate', reason: `与第${firstRow}行工单编号重复` });
      continue;
    }
    firstRowOf.set(row.orderNo, rowNumber);
    const matched = matchCommunity(communities, row.communityName, row.streetName);
    if ('reason' in matched) {
      result(rowNumber, row.orderNo, { status: 'rejected', reason: matched.reason });
      continue;
    }
    const place = await places.resolve(matched.community, row.complexName, row.address);
    if ('reason' in place) {
      result(rowNumber, row.orderNo, { status: 'rejected', reason: place.reason });
      continue;
    }
    const [suggested] = await suggestCategories(deps, `${row.title ?? ''} ${row.content}`);
    const category = suggested ? { id: suggested.id, name: suggested.name } : fallback;
    const input = caseInputOf(row, place, category);
    if (!input.success) {
      const issue = input.error.issues[0];
      result(rowNumber, row.orderNo, { status: 'rejected', reason: `${COLUMN_OF_FIELD[String(issue.path[0])] ?? String(issue.path[0])}：${issue.message}` });
      continue;
    }
    const notes = [...place.notes];
    if (!suggested) notes.push(fallback ? `未识别出具体类别，归入“${fallback.name}”` : '未识别出类别，待受理时确定');
    if (row.phoneDropped) notes.push('联系电话格式无法识别，未保存');
    plans.push({ rowNumber, row, place, category, input: input.data, notes });
  }

  await deps.db.transaction(async (tx) => {
    for (const plan of plans) {
      const base = { complexName: plan.place.complex?.name ?? null, categoryName: plan.category?.name ?? null };
      try {
        const written = await tx.transaction((savepoint) => writeRow(deps, savepoint as Tx, actor, plan, now));
        result(plan.rowNumber, plan.row.orderNo, { status: 'created', ...written, ...base, note: plan.notes.join('；') || null });
      } catch (err) {
        if (err instanceof OrderTaken) result(plan.rowNumber, plan.row.orderNo, { status: 'duplicate', reason: '该工单已由他人同时导入，未重复立案' });
        else if (err instanceof AppError && err.code === 'VALIDATION_FAILED')
          result(plan.rowNumber, plan.row.orderNo, { status: 'rejected', reason: err.message });
        else throw err;
      }
    }
    const rows = [...results.values()];
    await recordAudit(tx, auditActorOf(actor), {
      action: 'hotline.import',
      detail: {
        total: rows.length,
        created: rows.filter((r) => r.status === 'created').length,
        duplicate: rows.filter((r) => r.status === 'duplicate').length,
        // eslint-disable-next-line linli/no-state-literals -- an import row's outcome, not a lifecycle state
        rejected: rows.filter((r) => r.status === 'rejected').length,
      },
    });
  });

  const rows = [...results.values()].sort((a, b) => a.row - b.row);
  const count = (s: HotlineImportRowResult['status']) => rows.filter((r) => r.status === s).length;
  return { total: rows.length, created: count('created'), duplicate: count('duplicate'), rejected: count('rejected'), rows };
}
