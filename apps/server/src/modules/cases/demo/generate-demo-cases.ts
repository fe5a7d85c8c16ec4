import { sql } from 'drizzle-orm';
import type { LimitClock } from '@linli/shared';
import type { Db } from '../../../platform/db/database';
import { newId } from '../../../platform/ids';
import { tokenString } from '../../../platform/text/segmenter';
import type { WorkingCalendar } from '../../../platform/time/working-calendar';
import { listPostHolders, listPostsWithRole } from '../../auth';
import { createBatchWriter, createRandom, queryNodes } from '../../org';
import { caseCategories, caseDepartments, caseEvents, caseLimits, cases } from '../cases.tables';
import { CASE_STORIES, CATEGORY_WEIGHTS } from './case-stories';
import { assignDemoHotlineLeaders, demoHotlineOrder, hotlineTypePicker, loadCommunityComplexes } from './demo-hotline';
import { hotlineOrders } from '../hotline/hotline.tables';
import { simulateCase, type DemoCategory, type DemoGrid } from './simulate-case';

/** Options of {@link generateDemoCases}. */
export interface DemoCasesOptions {
  count: number;
  now: Date;
  seed?: number;
  /** Share of cases raised in the busiest street (临城街道 in the demo). */
  onProgress?: (done: number, total: number) => void;
}

/** Intake channels of demo cases with their relative weights. */
export const CHANNELS: [string, number][] = [
  ['residentApp', 30],
  ['patrol', 28],
  ['hotline', 30],
  ['visit', 10],
  ['photo', 6],
  ['officeHours', 4],
  ['meeting', 2],
  ['messageBoard', 2],
  ['mobileWorker', 2],
];
/** Surnames demo reporters are named with. */
export const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗';

/**
 * Fills the demo district with `count` cases over the past two years (the last one a fifth busier, so
 * 同比 has a year to compare with), each with a full, workflow-checked timeline (events, limits, whistles),
 * so lists, work queues and figures have life on first start. Cases concentrate where the staff accounts
 * work (清泉社区 first), then spread over the district. Hotline cases come with their 12345 work orders,
 * and the worst complexes of recent months with a leader (帮包), so the ranking page shows a real month.
 */
export async function generateDemoCases(db: Db, cal: WorkingCalendar, options: DemoCasesOptions): Promise<number> {
  const rng = createRandom(options.seed ?? 20261123);
  const grids = await loadGrids(db);
  if (grids.length === 0) return 0;
  const categories = await loadCategories(db);
  const pickCategory = weighted(
    rng,
    CATEGORY_WEIGHTS.filter(([name]) => categories.has(name)),
  );
  const pickChannel = weighted(rng, CHANNELS);
  const places = await loadCommunityComplexes(db, rng);
  // Where neither the community nor the street has an account, the district's 12345 desk imported the order.
  const [districtDesk] = await listPostsWithRole(db, 'districtOfficer');
  const pickHotlineType = hotlineTypePicker(rng);
  const [resident] = (await listPostHolders(db, { usernames: ['resident1'], roles: ['resident'] })).map((h) => ({ ...h, path: h.nodePath }));
  const serialResult = await db.execute(sql`select coalesce(max(substr(case_no, 9)::int), 0) as serial from cases`);
  const [{ serial }] = (serialResult as unknown as { rows: { serial: number }[] }).rows;
  let nextSerial = Number(serial) + 1;
  const yearMs = 365 * 86_400_000;
  let written = 0;
  await db.transaction(async (tx) => {
    const writer = createBatchWriter(tx, 500);
    for (let i = 0; i < options.count; i++) {
      // Half the cases sit in the first grids (where the demo accounts work), the rest anywhere.
      const grid = rng.chance(0.35)
        ? grids[rng.int(0, Math.min(3, grids.length - 1))]
        : rng.chance(0.5)
          ? grids[rng.int(0, Math.min(40, grids.length - 1))]
          : rng.pick(grids);
      const category = categories.get(pickCategory())!;
      // Two years of the same shape, the last one a fifth busier (so 同比 reads like a district's, about +20 %); the
      // power leans each year gently toward its end, so work queues have today's cases in them.
      // Three in a hundred come in the last two days: the work still moving through the loop today.
      const ago = rng.chance(0.03) ? 2 * 86_400_000 * rng.next() : (rng.chance(0.55) ? 0 : yearMs) + yearMs * Math.pow(rng.next(), 1.25);
      const submittedAt = new Date(options.now.getTime() - ago);
      const sim = simulateCase(rng, cal, grid, category, submittedAt, options.now);
      // The id's time part is the submission time, so keyset lists come out in submission order.
      const id = newId(submittedAt);
      const channel = pickChannel();
      const text = rng.pick(CASE_STORIES[category.name] ?? [`${category.name}问题需要处理`]);
      const byResident1 = resident && channel === 'residentApp' && resident.path.startsWith(grid.path) && rng.chance(0.3);
      const reporterName = byResident1 ? resident.name : `${SURNAMES[rng.int(0, SURNAMES.length - 1)]}${rng.chance(0.5) ? '先生' : '女士'}`;
      const codes = grid.path.split('/').filter(Boolean);
      const serial = nextSerial++;
      await writer.add(cases, {
        id,
        caseNo: `${sim.caseDay}${String(serial).padStart(6, '0')}`,
        title: text.length > 24 ? `${text.slice(0, 24)}…` : text,
        description: text,
        // The reporter or the intake desk picks the category at submission; registration confirms it.
        categoryId: category.id,
        channel,
        urgency: category.urgency,
        state: sim.state,
        tier: sim.tier,
        version: sim.events.length,
        path: grid.path,
        streetCode: codes[1],
        communityCode: codes[2],
        gridCode: codes[3],
        gridId: grid.id,
        locationNodeId: null,
        address: grid.name,
        lat: null,
        lng: null,
        reporterUserId: byResident1 ? resident.userId : null,
        reporterName,
        reporterPhoneEnc: null,
        reporterPhoneMasked: null,
        anonymous: false,
        createdByUserId: byResident1 ? resident.userId : grid.gridWorkerUserId,
        assigneeUserId: sim.assigneeUserId,
        assigneeNodeId: sim.assigneeNodeId,
        highestTier: sim.highestTier,
        reworkCount: sim.reworkCount,
        reopenCount: 0,
        urgeCount: 0,
        supporters: rng.chance(0.1) ? rng.int(1, 6) : 0,
        handlingDeadline: sim.handlingDeadline,
        warning: sim.warning,
        overdue: sim.overdue,
        pendingExtension: null,
        satisfaction: sim.satisfaction,
        solved: sim.solved,
        mergedIntoId: null,
        searchTokens: tokenString(text),
        photos: [],
        idempotencyKey: null,
        submittedAt: sim.submittedAt,
        closedAt: sim.closedAt,
        updatedAt: sim.events[sim.events.length - 1].at,
      });
      for (const e of sim.events) {
        await writer.add(caseEvents, {
          id: newId(e.at),
          caseId: id,
          action: e.action,
          fromState: e.from,
          toState: e.to,
          actorUserId: e.action === 'submit' && byResident1 ? resident.userId : e.actorUserId,
          actorName: e.action === 'submit' ? reporterName : e.actorName,
          at: e.at,
          note: e.note,
          isPublic: e.isPublic,
          data: e.data,
          photos: [],
          path: grid.path,
        });
      }
      for (const l of sim.limits) {
        await writer.add(caseLimits, {
          id: newId(),
          caseId: id,
          kind: l.kind,
          departmentId: l.departmentId,
          startedAt: l.startedAt,
          warnAt: l.warnAt,
          deadline: l.deadline,
          metAt: l.metAt,
          status: l.status,
          warned: l.warned,
        });
      }
      if (sim.whistle)
        await writer.add(caseDepartments, {
          caseId: id,
          departmentId: sim.whistle.departmentId,
          role: 'lead',
          whistledAt: sim.whistle.whistledAt,
          reportDeadline: sim.whistle.reportDeadline,
          reportedAt: sim.whistle.reportedAt,
        });
      const importer = grid.communityStaffUserId ?? districtDesk?.userId;
      if (channel === 'hotline' && importer) {
        const order = demoHotlineOrder(rng, cal, places, pickHotlineType, {
          caseId: id,
          caseDay: sim.caseDay,
          serial,
          calledAt: sim.submittedAt,
          communityPath: `/${codes.slice(0, 3).join('/')}/`,
          handlingUnit: sim.whistle ? (category.department?.name ?? grid.name) : grid.name.replace(/第.+网格$/, ''),
          importedByUserId: importer,
        });
        if (order) await writer.add(hotlineOrders, order);
      }
      written++;
      if (options.onProgress && written % 500 === 0) options.onProgress(written, options.count);
    }
    await writer.flush();
    await tx.execute(sql`select setval('case_no_seq', ${nextSerial})`);
  });
  await assignDemoHotlineLeaders(db, options.now);
  options.onProgress?.(written, options.count);
  return written;
}

function weighted<T>(rng: ReturnType<typeof createRandom>, entries: [T, number][]): () => T {
  return () =>
    rng.weighted(
      entries.map(([v]) => v),
      entries.map(([, w]) => w),
    );
}

/** Grids with the names of the people acting in them, ordered so the demo accounts' grids come first. */
export async function loadGrids(db: Db): Promise<DemoGrid[]> {
  const gridRows = await queryNodes(db, { kinds: ['grid'] }, 'code');
  const staff = (await listPostHolders(db, { roles: ['gridWorker', 'communityStaff', 'streetOfficer'] })).map((h) => ({ ...h, path: h.nodePath }));
  const find = (role: string, path: string) => staff.find((s) => s.role === role && path.startsWith(s.path));
  const demoFirst = (p: string) =>
    staff.some((s) => s.username === 'grid-qq1' && s.path === p) ? 0 : staff.some((s) => s.username === 'community-qq' && p.startsWith(s.path)) ? 1 : 2;
  return gridRows
    .map((g) => {
      const worker = find('gridWorker', g.path);
      return {
        id: g.id,
        path: g.path,
        name: g.name,
        gridWorkerName: worker?.name ?? `${g.name}网格员`,
        gridWorkerUserId: worker?.userId ?? null,
        communityStaffName: find('communityStaff', g.path)?.name ?? '社区工作人员',
        // Someone in the street imports the 12345 export when the community has no account of its own.
        communityStaffUserId: (find('communityStaff', g.path) ?? find('streetOfficer', g.path))?.userId ?? null,
        streetOfficerName: find('streetOfficer', g.path)?.name ?? '街道工作人员',
      };
    })
    .sort((a, b) => demoFirst(a.path) - demoFirst(b.path));
}

/** Leaf categories by name, with the department (of the demo district) each defaults to. */
export async function loadCategories(db: Db): Promise<Map<string, DemoCategory>> {
  const rows = await db.select().from(caseCategories);
  const departments = await queryNodes(db, { kinds: ['department'] });
  const bySuffix = new Map(departments.map((d) => [d.code.split('-').pop()!, { id: d.id, name: d.name }]));
  const parents = new Set(rows.map((r) => r.parentId));
  const result = new Map<string, DemoCategory>();
  for (const r of rows) {
    if (parents.has(r.id)) continue;
    const parent = rows.find((p) => p.id === r.parentId);
    const suffix = r.defaultDepartment ?? parent?.defaultDepartment ?? 'cg';
    result.set(r.name, {
      id: r.id,
      name: r.name,
      urgency: r.urgency,
      limitAmount: r.limitAmount,
      limitClock: r.limitClock as LimitClock,
      department: bySuffix.get(suffix) ?? null,
    });
  }
  return result;
}
