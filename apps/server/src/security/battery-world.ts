import { ROLES, type AccessRole, type Role } from '@linli/shared';
import { hashPassword } from '../platform/crypto/passwords';
import { newId } from '../platform/ids';
import { posts, users } from '../test-support/tables';
import { seedCategories } from '../modules/cases';
import { addResident, buildActor, buildOrgTree, type TestNode } from '../test-support/factories';
import { buildTestMap } from '../test-support/map-fixture';
import { createTestApp, loginAs, type TestApp } from '../test-support/test-app';
import { listOperations, type Operation } from './openapi-operations';

/** Text planted in every record of the foreign community: a 2xx carrying it to an outsider is a leak. */
export const FOREIGN_MARK = 'LTMARK';

/** The foreign community's resident: their name, phone and ID number must never reach an outsider. */
export const FOREIGN_RESIDENT = { name: '龙潭居民甲', phone: '13912345678' };

/** What the battery world holds: a cookie per role, and the ids of the foreign community's records. */
export interface BatteryWorld {
  tree: Awaited<ReturnType<typeof buildOrgTree>>;
  /** Session cookie of one actor per access role; their posts are in 清泉社区 (or above it). */
  cookies: Record<AccessRole, string>;
  /** Roles whose scope does not cover 龙潭社区: for them every 龙潭 record is another scope's. */
  outsiders: readonly AccessRole[];
  /** Ids of 龙潭社区's records, by the path segment that names their kind (`cases`, `wishes`, …). */
  foreign: Record<string, string>;
  /** Full ID numbers and phones in the world; no answer may carry one but an audited reveal. */
  secrets: string[];
}

/** Where each role's actor sits: everything inside 清泉社区 but the street, district and admin above it. */
function postOf(role: Role, tree: BatteryWorld['tree']): TestNode {
  switch (role) {
    case 'systemAdmin':
    case 'districtOfficer':
      return tree.district;
    case 'streetOfficer':
      return tree.street;
    case 'gridWorker':
      return tree.qq.grid;
    case 'buildingLead':
      return tree.qq.building;
    case 'resident':
      return tree.qq.house1;
    case 'departmentStaff':
      return tree.dept;
    default:
      return tree.qq.community;
  }
}

async function createdId(res: { statusCode: number; body: string; json(): { id?: string } }, what: string): Promise<string> {
  if (res.statusCode !== 200 && res.statusCode !== 201) throw new Error(`battery world: ${what} answered ${res.statusCode} ${res.body}`);
  const id = res.json().id;
  if (!id) throw new Error(`battery world: ${what} answered no id`);
  return id;
}

/**
 * Builds the world the route battery walks: the two-community test tree, one actor per role in
 * 清泉社区 (a pending resident with no post among them), and in 龙潭社区 a resident with a phone and
 * ID number and, made through the API by 龙潭's own staff and resident, one record of each kind.
 */
export async function buildBatteryWorld(t: TestApp): Promise<BatteryWorld> {
  const tree = await buildOrgTree(t.deps);
  // Outlines and building points, so the geo routes answer with real maps and an outsider's 404 is the scope's.
  await buildTestMap(t.deps, tree);
  await seedCategories(t.deps.db);
  const cookies = {} as Record<AccessRole, string>;
  for (const role of ROLES) {
    await buildActor(t.deps, { username: `battery-${role}`, role, at: postOf(role, tree), displayName: `测试${role}` });
    cookies[role] = await loginAs(t.app, `battery-${role}`);
  }
  const pendingId = newId();
  await t.deps.db
    .insert(users)
    .values({ id: pendingId, username: 'battery-pending', displayName: '待认证居民', passwordHash: await hashPassword('test-password') });
  cookies.pendingResident = await loginAs(t.app, 'battery-pending');

  const qqResident = await addResident(t.deps, tree.qq.house2, { name: '清泉居民乙', phone: '13800001111' });
  const ltResident = await addResident(t.deps, tree.lt.house1, FOREIGN_RESIDENT);
  const ltStaffId = await buildActor(t.deps, { username: 'battery-lt-staff', role: 'communityStaff', at: tree.lt.community });
  const ltResidentUser = await buildActor(t.deps, {
    username: 'battery-lt-resident',
    role: 'resident',
    at: tree.lt.house1,
    displayName: FOREIGN_RESIDENT.name,
  });
  await t.deps.db
    .insert(posts)
    .values({ id: newId(), userId: ltResidentUser, role: 'partyMember', nodeId: tree.lt.community.id, nodePath: tree.lt.community.path });
  const lt = await loginAs(t.app, 'battery-lt-staff');
  const ltRes = await loginAs(t.app, 'battery-lt-resident');
  const send = (cookie: string, method: 'POST' | 'PUT', url: string, payload: object) => t.app.inject({ method, url, headers: { cookie }, payload });

  const foreign: Record<string, string> = {};
  const c = tree.lt.community.id;
  foreign.cases = await createdId(await send(ltRes, 'POST', '/api/cases', { description: `${FOREIGN_MARK} 龙潭小区路灯坏了，请联系13700001234` }), 'case');
  foreign.wishes = await createdId(
    await send(lt, 'POST', '/api/wishes', {
      title: `${FOREIGN_MARK}心愿`,
      content: `${FOREIGN_MARK} 想要一台助听器`,
      communityId: c,
      beneficiaryName: FOREIGN_RESIDENT.name,
      consent: true,
    }),
    'wish',
  );
  foreign.needs = await createdId(
    await send(lt, 'POST', '/api/needs', {
      title: `${FOREIGN_MARK}需求`,
      description: `${FOREIGN_MARK} 老年食堂缺志愿者`,
      domain: 'elderlyCare',
      communityId: c,
    }),
    'need',
  );
  foreign['joint-meeting/needs'] = foreign.needs;
  foreign.services = await createdId(
    await send(lt, 'POST', '/api/services', { title: `${FOREIGN_MARK}理发`, description: FOREIGN_MARK, provider: `${FOREIGN_MARK}理发店`, communityId: c }),
    'service',
  );
  foreign.orders = await createdId(await send(ltRes, 'POST', '/api/orders', { serviceId: foreign.services, note: `${FOREIGN_MARK} 周六上午` }), 'order');
  foreign.rewards = await createdId(await send(lt, 'POST', '/api/rewards', { name: `${FOREIGN_MARK}毛巾`, cost: 10, stock: 5, communityId: c }), 'reward');
  foreign['volunteer-teams'] = await createdId(
    await send(lt, 'POST', '/api/volunteer-teams', { name: `${FOREIGN_MARK}服务队`, level: 'community', nodeId: c }),
    'team',
  );
  foreign['volunteer-posts'] = await createdId(
    await send(lt, 'POST', '/api/volunteer-posts', { title: `${FOREIGN_MARK}岗位`, skill: '理发', communityId: c }),
    'volunteer post',
  );
  const startsAt = new Date(t.clock.now.getTime() + 86_400_000);
  foreign['volunteer-activities'] = await createdId(
    await send(lt, 'POST', '/api/volunteer-activities', {
      title: `${FOREIGN_MARK}活动`,
      place: `${FOREIGN_MARK}广场`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
      capacity: 10,
      communityId: c,
    }),
    'activity',
  );
  foreign['mediation-committees'] = await createdId(
    await send(lt, 'POST', '/api/mediation-committees', {
      communityId: c,
      name: `${FOREIGN_MARK}调解委员会`,
      termStartsOn: '2026-01-01',
      members: [
        { name: '龙潭主任', gender: 'male', seat: 'chair' },
        { name: '龙潭委员甲', gender: 'female' },
        { name: '龙潭委员乙', gender: 'male' },
      ],
    }),
    'mediation committee',
  );
  foreign.disputes = await createdId(
    await send(lt, 'POST', '/api/disputes', {
      communityId: c,
      source: 'screening',
      kind: 'neighbour',
      summary: `${FOREIGN_MARK} 楼上漏水纠纷`,
      parties: [
        { name: FOREIGN_RESIDENT.name, side: 'applicant', phone: FOREIGN_RESIDENT.phone },
        { name: '龙潭居民乙', side: 'respondent' },
      ],
    }),
    'dispute',
  );
  foreign['disputes/from-case'] = foreign.cases;
  foreign.meetings = await createdId(
    await send(lt, 'POST', '/api/meetings', {
      kind: 'buildingTalk',
      title: `${FOREIGN_MARK}楼门说事`,
      place: `${FOREIGN_MARK}楼下`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      seats: 10,
      communityId: c,
    }),
    'meeting',
  );
  const registered = await send(ltRes, 'POST', `/api/meetings/${foreign.meetings}/registrations`, {});
  foreign['meeting-registrations'] = (registered.json() as { myRegistration?: { id: string } }).myRegistration?.id ?? '';
  if (!foreign['meeting-registrations']) throw new Error(`battery world: registration answered ${registered.statusCode} ${registered.body}`);
  foreign['meeting-votes'] = await createdId(
    await send(lt, 'POST', `/api/meetings/${foreign.meetings}/votes`, { motion: `${FOREIGN_MARK}表决事项`, method: 'phone' }),
    'meeting vote',
  );
  foreign.suggestions = await createdId(
    await send(ltRes, 'POST', '/api/suggestions', { title: `${FOREIGN_MARK}建议`, content: `${FOREIGN_MARK} 建议增设充电棚` }),
    'suggestion',
  );
  foreign.residents = ltResident.id;
  foreign['org/nodes'] = tree.lt.house1.id;
  // The map routes, aimed at 龙潭's community, grid and building (building place is open to every session: see battery-requests).
  foreign['geo/nodes'] = tree.lt.community.id;
  foreign['geo/grids'] = tree.lt.grid.id;
  foreign['geo/buildings'] = tree.lt.building.id;
  foreign.users = ltStaffId;
  return {
    tree,
    cookies,
    outsiders: [...ROLES.filter((r) => !['systemAdmin', 'districtOfficer', 'streetOfficer'].includes(r)), 'pendingResident'],
    foreign,
    secrets: [ltResident.idNumber, FOREIGN_RESIDENT.phone, qqResident.idNumber, '13800001111'],
  };
}

/** The battery app's LINLI_METRICS_TOKEN. */
export const BATTERY_METRICS_TOKEN = 'battery-metrics-token-0123456789';

/** A running test app with the battery world built and its OpenAPI operations listed (both batteries start here). */
export async function openBattery(): Promise<{ t: TestApp; world: BatteryWorld; operations: Operation[] }> {
  // With a metrics token, so /metrics exists and the battery sees that no session opens it.
  const t = await createTestApp({ sessionIdleMinutes: 24 * 60, deps: { metricsToken: BATTERY_METRICS_TOKEN } });
  const world = await buildBatteryWorld(t);
  return { t, world, operations: await listOperations(t.app) };
}
