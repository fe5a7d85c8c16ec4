import { ROLES, type Role } from '../auth/roles';

/**
 * The role of a signed-in person with no post yet: a phone that signed in with a code and is not
 * bound to a household (ADR 0008). It may report a case and read its own cases, nothing else.
 */
export const PENDING_RESIDENT = 'pendingResident' as const;

/** A role as the capability table sees it: a post's role, or the pending resident's. */
export type AccessRole = Role | typeof PENDING_RESIDENT;

/** What a capability lets a role do with a kind of record. */
export const ACCESS_ACTIONS = ['read', 'write', 'export'] as const;

/** One of {@link ACCESS_ACTIONS}. */
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

const ADMIN: readonly AccessRole[] = ['systemAdmin'];
const POLICY: readonly AccessRole[] = ['systemAdmin', 'districtOfficer'];
const LEADERS: readonly AccessRole[] = ['systemAdmin', 'districtOfficer', 'streetOfficer'];
/** Community staff and above: who runs a community's lists, claims and volunteers. */
const AREA_STAFF: readonly AccessRole[] = [...LEADERS, 'communityStaff'];
/** Area staff and grid workers: who works cases of an area and enters them at the desk. */
const CASE_DESK: readonly AccessRole[] = [...AREA_STAFF, 'gridWorker'];
/** The case desk plus functional departments answering a whistle. */
const CASE_WORK: readonly AccessRole[] = [...CASE_DESK, 'departmentStaff'];
/** Who serves residents in person and so may read the household register of their own nodes. */
const REGISTER_READERS: readonly AccessRole[] = [...CASE_DESK, 'buildingLead'];
/** Everyone with a post in the district: the pending resident is not among them. */
const BOUND: readonly AccessRole[] = ROLES;
/** Everyone who works in the console: every post but the resident's. */
const CONSOLE: readonly AccessRole[] = ROLES.filter((r) => r !== 'resident');
/** Everyone signed in, the pending resident too. */
const EVERYONE: readonly AccessRole[] = [...ROLES, PENDING_RESIDENT];
const NOBODY: readonly AccessRole[] = [];
/** Area staff and the mediators of a community's 人民调解委员会: who runs mediation. */
const MEDIATION: readonly AccessRole[] = [...AREA_STAFF, 'mediator'];

/** One row of the capability table: which roles may read, write and export a kind of record. */
export interface Capability {
  /** What the record kind is, in a line. */
  about: string;
  read: readonly AccessRole[];
  write: readonly AccessRole[];
  export: readonly AccessRole[];
}

function row(about: string, read: readonly AccessRole[], write: readonly AccessRole[] = NOBODY, exp: readonly AccessRole[] = NOBODY): Capability {
  return { about, read, write, export: exp };
}

/**
 * The capability table (DESIGN rule 3): what each role may do at all with each kind of record.
 * Where a role may act is the scope's question (its posts' subtrees); whether it may act at all is
 * this table's. Every route names one (kind, action) in ROUTE_ACCESS; the server refuses a route
 * whose caller holds no role listed here, and builds the scope from the posts whose roles are.
 */
export const CAPABILITIES = {
  account: row("one's own account, session, password and residence claim", EVERYONE, EVERYONE),
  notification: row("one's own notices and their live stream", EVERYONE, EVERYONE),
  orgTree: row('the area tree down to buildings, departments, complexes', CONSOLE, NOBODY, CASE_DESK),
  partyOrg: row('party organisations', CONSOLE),
  house: row('units and houses below a building', REGISTER_READERS),
  household: row('households of the register (address, members)', REGISTER_READERS),
  resident: row('residents of the register, masked; the ledger import', REGISTER_READERS, [...CASE_DESK], REGISTER_READERS),
  residentIdentity: row("a resident's full ID number or phone (audited reveal)", REGISTER_READERS),
  staffDirectory: row('who holds which post at a node', CASE_WORK),
  residenceClaim: row('addresses claimed by pending residents, to approve', CASE_DESK, CASE_DESK),
  user: row('user accounts and their posts', ADMIN, ADMIN),
  audit: row('the audit log', ADMIN, NOBODY, ADMIN),
  calendar: row('working-day overrides', CASE_WORK, ADMIN),
  caseCategory: row('the case category tree', EVERYONE, ADMIN),
  case: row('cases: report, read, act (the workflow decides which actions)', EVERYONE, EVERYONE, CASE_WORK),
  caseReporterPhone: row("a case reporter's full phone (audited reveal), for staff serving the case", CASE_WORK),
  caseWork: row("one's own case work list", CASE_WORK),
  caseStats: row('case figures of the dashboard', CASE_WORK, NOBODY, CASE_WORK),
  photo: row('uploaded photos', EVERYONE, EVERYONE),
  hotline: row('12345 hotline work orders and complex rankings', AREA_STAFF, AREA_STAFF, AREA_STAFF),
  hotlineAssignment: row('帮包 leaders assigned to complexes', AREA_STAFF, LEADERS),
  wish: row('micro-wishes 微心愿', BOUND, BOUND),
  need: row('needs 需求清单 and their claims', BOUND, BOUND),
  partnerUnit: row('partner units, registrations, resources', BOUND, BOUND),
  memberRegistration: row("party members' registration with a community 双报到", BOUND, BOUND),
  serviceOrder: row('service menu and service orders 订单式服务', BOUND, BOUND),
  points: row('points, rules and rewards', BOUND, BOUND),
  claimSetting: row('claims periods and point rules', CONSOLE, POLICY),
  jointMeeting: row('the street joint meeting 联席会', AREA_STAFF, AREA_STAFF),
  claimsStats: row('claims figures, daily bulletin and monthly report', AREA_STAFF, NOBODY, AREA_STAFF),
  volunteer: row('volunteer teams, skills, posts, activities, check-ins', BOUND, BOUND),
  volunteerRota: row('station rotations 轮值 and volunteer figures', AREA_STAFF, AREA_STAFF, AREA_STAFF),
  exportJob: row("one's own background exports: progress, file, retry (each list's export capability decides who may start one)", CONSOLE, CONSOLE),
  mediationCommittee: row("people's mediation committees 人民调解委员会, their mediators and screening rounds", MEDIATION, AREA_STAFF),
  dispute: row(
    'disputes under mediation: the committee in its community, a party its own (names masked to others)',
    [...MEDIATION, 'resident'],
    MEDIATION,
    AREA_STAFF,
  ),
  // The admin reaches the route (every write route takes the admin, so hostile input is checked), but the service answers
  // only a member of the dispute's committee: the 人民调解 rule keeps parties' data with the committee and the parties.
  disputePartyIdentity: row("a dispute party's full phone or ID number (audited reveal): the dispute's committee only", [
    'systemAdmin',
    'communityStaff',
    'mediator',
  ]),
  // A resident files their own application; the admin reaches the route only so hostile input is checked (the service wants a home).
  disputeApplication: row("a resident's own application for people's mediation 申请调解 (lands with their community's committee)", NOBODY, [
    'systemAdmin',
    'resident',
  ]),
  mediationStats: row('mediation figures (counts and rates, no names)', MEDIATION, NOBODY, AREA_STAFF),
  meeting: row('meetings 议事会: calendar, agenda, registrations, check-in, minutes (managing them is staff-only)', BOUND, BOUND, AREA_STAFF),
  suggestion: row('suggestions 建议 and their outcomes (residents see and make their own)', BOUND, BOUND, AREA_STAFF),
  meetingVote: row('live votes 表决 in a meeting: staff run them, checked-in attendees cast their own ballot', BOUND, BOUND),
  deliberationStats: row('held vs required meetings and the suggestion funnel', AREA_STAFF, NOBODY, AREA_STAFF),
  place: row('where a coordinate or building lies: its grid, community and street (names only; the report pin)', EVERYONE),
} as const satisfies Record<string, Capability>;

/** A kind of record in the capability table. */
export type RecordKind = keyof typeof CAPABILITIES;

/** Every record kind, in table order. */
export const RECORD_KINDS = Object.keys(CAPABILITIES) as RecordKind[];

/** The roles that may do `action` with `kind`. */
export function rolesWith(kind: RecordKind, action: AccessAction): readonly AccessRole[] {
  return CAPABILITIES[kind][action];
}

/** True when any of `roles` may do `action` with `kind`. */
export function mayDo(roles: readonly AccessRole[], kind: RecordKind, action: AccessAction): boolean {
  const allowed = rolesWith(kind, action);
  return roles.some((r) => allowed.includes(r));
}

/** The access roles of a person: their posts' roles, or the pending resident's when they hold none. */
export function accessRolesOf(postRoles: readonly Role[]): AccessRole[] {
  return postRoles.length ? [...new Set(postRoles)] : [PENDING_RESIDENT];
}
