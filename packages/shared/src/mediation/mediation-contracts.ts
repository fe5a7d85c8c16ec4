import { z } from 'zod';
import { pageQuery } from '../common/page';
import { NODE_KINDS } from '../org/kinds';
import { GENDERS } from '../residents/special-tags';
import { committeeProblems } from './committee-rules';
import { MAX_EXTENSION_DAYS } from './dispute-clock';
import {
  AGREEMENT_FORMS,
  COMMITTEE_SEATS,
  CONFIRMATION_STATES,
  DISPUTE_ACTIONS,
  DISPUTE_KINDS,
  DISPUTE_SOURCES,
  DISPUTE_STATES,
  DOSSIER_ITEMS,
  FAILED_ROUTES,
  FOLLOW_UP_RATINGS,
  MEDIATOR_BACKGROUNDS,
  MEDIATOR_KINDS,
  PARTY_SIDES,
  REJECT_REASONS,
} from './mediation-enums';

const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期格式应为 YYYY-MM-DD');
const speciality = z.string().trim().min(1).max(20, '专长不超过20字');
const personName = z.string().trim().min(2, '请填写姓名').max(20, '姓名不超过20字');

// ---------------------------------------------------------------- committees and mediators

/** One mediator as entered: a committee member 委员 or an engaged mediator 聘任调解员. */
export const mediatorInput = z.object({
  name: personName,
  gender: z.enum(GENDERS),
  seat: z.enum(COMMITTEE_SEATS).default('member'),
  background: z.enum(MEDIATOR_BACKGROUNDS).default('communityWorker'),
  specialities: z.array(speciality).max(8, '专长不超过8项').default([]),
  /** The mediator's account, when they have one (they then see their disputes on the phone). */
  userId: z.uuid().optional(),
});
export type MediatorInput = z.output<typeof mediatorInput>;

/** `POST /api/mediation-committees`: a residents' committee's 人民调解委员会 (arts. 8–9: 3–9 members, a woman, a 3-year term). */
export const createCommitteeRequest = z
  .object({
    communityId: z.uuid('请选择社区'),
    name: z.string().trim().min(4, '请填写委员会名称').max(40),
    termStartsOn: day,
    termEndsOn: day.optional(),
    members: z.array(mediatorInput).max(20),
  })
  .superRefine((v, ctx) => {
    for (const p of committeeProblems(v.members, v.termStartsOn, v.termEndsOn)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
  });
export type CreateCommitteeInput = z.output<typeof createCommitteeRequest>;

/** `POST /api/mediation-committees/:id/mediators`: an engaged mediator (retired cadre, lawyer, 银发带头人 …) or a new member. */
export const addMediatorRequest = mediatorInput.extend({ kind: z.enum(MEDIATOR_KINDS).default('engaged') });
export type AddMediatorInput = z.output<typeof addMediatorRequest>;

/** One mediator as pages show it. */
export const mediatorView = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS),
  kind: z.enum(MEDIATOR_KINDS),
  seat: z.enum(COMMITTEE_SEATS).nullable(),
  background: z.enum(MEDIATOR_BACKGROUNDS),
  specialities: z.array(z.string()),
  userId: z.string().nullable(),
  /** Disputes this mediator has in hand (accepted or mediating). */
  openDisputes: z.number().int(),
});
export type MediatorView = z.infer<typeof mediatorView>;

/** A committee in lists. */
export const committeeView = z.object({
  id: z.string(),
  name: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  termStartsOn: z.string(),
  termEndsOn: z.string(),
  /** The term has ended: a new committee should be chosen by the residents' meeting. */
  termExpired: z.boolean(),
  memberCount: z.number().int(),
  womenCount: z.number().int(),
  engagedCount: z.number().int(),
  chairName: z.string().nullable(),
  openDisputes: z.number().int(),
});
export type CommitteeView = z.infer<typeof committeeView>;

/** A committee with its mediators and screening rounds. */
export const committeeDetail = committeeView.extend({
  mediators: z.array(mediatorView),
  screenings: z.array(z.object({ id: z.string(), heldOn: z.string(), area: z.string(), found: z.number().int(), note: z.string() })),
});
export type CommitteeDetail = z.infer<typeof committeeDetail>;

/** `GET /api/mediation-committees`. */
export const listCommitteesQuery = z.object({ communityId: z.uuid().optional() });

/** `POST /api/mediation-committees/:id/screenings`: one screening round 排查 and what it found. */
export const createScreeningRequest = z.object({
  heldOn: day,
  area: z.string().trim().min(2, '请填写排查范围').max(60),
  found: z.number().int().min(0).max(500),
  note: z.string().trim().max(500).default(''),
});

// ---------------------------------------------------------------- disputes

/** One party as entered; phone and ID number are stored encrypted and shown masked. */
export const partyInput = z.object({
  name: personName,
  side: z.enum(PARTY_SIDES),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, '请填写11位手机号')
    .optional(),
  idNumber: z
    .string()
    .trim()
    .regex(/^\d{17}[\dXx]$/, '身份证号应为18位')
    .optional(),
  address: z.string().trim().max(80).default(''),
  /** The party's resident account, so they can follow the dispute on their phone. */
  userId: z.uuid().optional(),
});
export type PartyInput = z.output<typeof partyInput>;

/** `POST /api/disputes`: register a dispute with the committee of a community. */
export const createDisputeRequest = z.object({
  communityId: z.uuid('请选择社区'),
  source: z.enum(DISPUTE_SOURCES),
  kind: z.enum(DISPUTE_KINDS),
  summary: z.string().trim().min(4, '请简述纠纷情况').max(1000),
  /** The transferring body's reference (police report number, court case number, petition number). */
  sourceRef: z.string().trim().max(60).default(''),
  parties: z.array(partyInput).max(10).default([]),
});
export type CreateDisputeInput = z.output<typeof createDisputeRequest>;

/** Most open applications (still 待受理) one resident may have at a time, and most in 30 days: a phone cannot flood the committee. */
export const APPLICATION_LIMITS = { pending: 3, perMonth: 5 } as const;

const phone = z
  .string()
  .trim()
  .regex(/^1\d{10}$/, '请填写11位手机号');

/**
 * `POST /api/my-disputes`: a resident's application 申请调解 from the phone. Their own name and account
 * come from the session; the other party is named as the resident knows them (their contacts only for the committee).
 */
export const applyDisputeRequest = z.object({
  kind: z.enum(DISPUTE_KINDS),
  summary: z.string().trim().min(10, '请说明发生了什么（至少10个字）').max(1000, '情况说明不超过1000字'),
  otherPartyName: z.string().trim().min(1, '请填写对方姓名或称呼').max(20, '对方姓名不超过20字'),
  otherPartyPhone: phone.optional(),
  otherPartyAddress: z.string().trim().max(80, '对方住址不超过80字').default(''),
  preferredTime: z.string().trim().max(60, '希望的调解时间不超过60字').default(''),
});
export type ApplyDisputeInput = z.output<typeof applyDisputeRequest>;

/** `PUT /api/disputes/:id/parties/:partyId`: change a party; a phone or ID number sent empty is cleared, left out is kept. */
export const updatePartyRequest = z
  .object({
    name: personName.optional(),
    side: z.enum(PARTY_SIDES).optional(),
    phone: z.union([phone, z.literal('')]).optional(),
    idNumber: z
      .union([
        z
          .string()
          .trim()
          .regex(/^\d{17}[\dXx]$/, '身份证号应为18位'),
        z.literal(''),
      ])
      .optional(),
    address: z.string().trim().max(80).optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: '请至少修改一项', path: ['name'] });
export type UpdatePartyInput = z.output<typeof updatePartyRequest>;

/** `POST /api/disputes/from-case/:id`: a 矛盾纠纷 case opens a dispute in one step. */
export const disputeFromCaseRequest = z.object({ kind: z.enum(DISPUTE_KINDS), source: z.enum(DISPUTE_SOURCES).default('application') });

/** `GET /api/disputes`: filters, a page, or the Excel export. */
export const listDisputesQuery = pageQuery.extend({
  communityId: z.uuid().optional(),
  state: z.enum(DISPUTE_STATES).optional(),
  source: z.enum(DISPUTE_SOURCES).optional(),
  kind: z.enum(DISPUTE_KINDS).optional(),
  /** Only the dispute opened from this case (转人民调解): the case page's way to find it. */
  caseId: z.uuid().optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Only the disputes the caller mediates (their mediator record is appointed). */
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(50).optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});
export type ListDisputesQuery = z.output<typeof listDisputesQuery>;

/** `POST /api/disputes/:id/actions`: one workflow action; the fields each action needs are in DISPUTE_WORKFLOW. */
export const disputeActionRequest = z.object({
  action: z.enum(DISPUTE_ACTIONS),
  expectedVersion: z.number().int().min(1),
  note: z.string().trim().max(1000).optional(),
  mediatorIds: z.array(z.uuid()).min(1, '请至少指定一名调解员').max(5).optional(),
  rejectReason: z.enum(REJECT_REASONS).optional(),
  heldAt: z.iso.datetime({ offset: true }).optional(),
  place: z.string().trim().max(60).optional(),
  record: z.string().trim().min(4, '请填写调解记录').max(4000).optional(),
  partyIds: z.array(z.uuid()).max(10).optional(),
  extensionDays: z.number().int().min(1).max(MAX_EXTENSION_DAYS).optional(),
  consentPartyIds: z.array(z.uuid()).max(10).optional(),
  reason: z.string().trim().min(2, '请填写原因').max(1000).optional(),
  agreementForm: z.enum(AGREEMENT_FORMS).optional(),
  terms: z.string().trim().min(4, '请填写协议内容').max(4000).optional(),
  performanceDueOn: day.optional(),
  failedRoute: z.enum(FAILED_ROUTES).optional(),
  court: z.string().trim().min(2, '请填写受理法院').max(60).optional(),
  confirmed: z.boolean().optional(),
  rating: z.enum(FOLLOW_UP_RATINGS).optional(),
});
export type DisputeActionInput = z.output<typeof disputeActionRequest>;

/** `PUT /api/disputes/:id/dossier`: tick or untick one dossier item the committee files by hand. */
export const setDossierItemRequest = z.object({ item: z.enum(DOSSIER_ITEMS), done: z.boolean() });

/** `POST /api/disputes/:id/parties/:partyId/reveal`: one party's full phone or ID number, audited. */
export const revealPartyRequest = z.object({ field: z.enum(['phone', 'idNumber']), reason: z.string().trim().min(2, '请填写查看原因').max(200) });

/** Route params of one party of one dispute. */
export const partyParams = z.object({ id: z.uuid(), partyId: z.uuid() });

/** One party as a reader may see it: the name in full for the committee and the parties, masked for others; contacts always masked. */
export const partyView = z.object({
  id: z.string(),
  name: z.string(),
  side: z.enum(PARTY_SIDES),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  address: z.string(),
  hasAccount: z.boolean(),
});
export type PartyView = z.infer<typeof partyView>;

/** A dispute in lists. */
export const disputeListItem = z.object({
  id: z.string(),
  disputeNo: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  source: z.enum(DISPUTE_SOURCES),
  kind: z.enum(DISPUTE_KINDS),
  summary: z.string(),
  state: z.enum(DISPUTE_STATES),
  partiesLabel: z.string(),
  mediatorNames: z.array(z.string()),
  receivedAt: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  extended: z.boolean(),
  caseId: z.string().nullable(),
});
export type DisputeListItem = z.infer<typeof disputeListItem>;

/** One mediation session 调解记录. */
export const sessionView = z.object({
  id: z.string(),
  heldAt: z.string(),
  place: z.string(),
  record: z.string(),
  mediatorNames: z.array(z.string()),
  partyNames: z.array(z.string()),
  recordedBy: z.string(),
});

/** One timeline step. */
export const disputeEventView = z.object({
  id: z.string(),
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  actorName: z.string(),
  at: z.string(),
  note: z.string().nullable(),
});

/** One dossier item with whether it is in, required now, and ticked by the system. */
export const dossierItemView = z.object({ item: z.enum(DOSSIER_ITEMS), done: z.boolean(), required: z.boolean(), auto: z.boolean() });

/** One action the reader may take now, with its fields. */
export const disputeAllowedAction = z.object({ action: z.enum(DISPUTE_ACTIONS), required: z.array(z.string()), optional: z.array(z.string()) });

/** A dispute's page. */
export const disputeDetail = disputeListItem.extend({
  version: z.number().int(),
  committeeId: z.string(),
  committeeName: z.string(),
  sourceRef: z.string(),
  /** When the applicant would like to be mediated (their words, from the phone application). */
  preferredTime: z.string(),
  /** The reader sits on the committee (full names, actions, documents). */
  committee: z.boolean(),
  parties: z.array(partyView),
  mediators: z.array(z.object({ id: z.string(), name: z.string(), background: z.enum(MEDIATOR_BACKGROUNDS) })),
  sessions: z.array(sessionView),
  acceptedAt: z.string().nullable(),
  concludedAt: z.string().nullable(),
  outcome: z.enum(['agreed', 'failed', 'withdrawn', 'rejected']).nullable(),
  rejectReason: z.enum(REJECT_REASONS).nullable(),
  failedRoute: z.enum(FAILED_ROUTES).nullable(),
  outcomeNote: z.string().nullable(),
  agreementForm: z.enum(AGREEMENT_FORMS).nullable(),
  terms: z.string().nullable(),
  performanceDueOn: z.string().nullable(),
  extension: z.object({ days: z.number().int(), reason: z.string(), consentNames: z.array(z.string()), at: z.string() }).nullable(),
  confirmation: z.object({
    state: z.enum(CONFIRMATION_STATES),
    court: z.string().nullable(),
    appliedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    windowEndsAt: z.string().nullable(),
  }),
  followUp: z.object({ at: z.string(), rating: z.enum(FOLLOW_UP_RATINGS), note: z.string() }).nullable(),
  dossier: z.array(dossierItemView),
  allowedActions: z.array(disputeAllowedAction),
  timeline: z.array(disputeEventView),
});
export type DisputeDetail = z.infer<typeof disputeDetail>;

/** A resident's own dispute on the phone (我的调解): where it stands and what comes next. */
export const myDisputeView = z.object({
  id: z.string(),
  disputeNo: z.string(),
  kind: z.enum(DISPUTE_KINDS),
  state: z.enum(DISPUTE_STATES),
  summary: z.string(),
  committeeName: z.string(),
  mediatorNames: z.array(z.string()),
  receivedAt: z.string(),
  dueAt: z.string().nullable(),
  nextSessionNote: z.string().nullable(),
  timeline: z.array(disputeEventView),
});
export type MyDisputeView = z.infer<typeof myDisputeView>;

// ---------------------------------------------------------------- figures

const rate = z.object({ numerator: z.number().int(), denominator: z.number().int(), rate: z.number().nullable() });

/** `GET /api/mediation-figures`: one year (default: this one), the caller's area or one community. */
export const mediationFiguresQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), communityId: z.uuid().optional() });

/** The figures of one area and period (formulas: MEDIATION_FIGURE_FORMULAS). */
export const mediationFiguresView = z.object({
  received: z.number().int(),
  concluded: z.number().int(),
  successRate: rate,
  performanceRate: rate,
  confirmationRate: rate,
  onTimeRate: rate,
  followUpRate: rate,
  preLitigationRate: rate,
  sources: z.record(z.enum(DISPUTE_SOURCES), z.number().int()),
  screeningRounds: z.number().int(),
  screeningFound: z.number().int(),
});

/** The figures of the caller's area and, beside them, of each community in it. */
export const mediationFiguresResponse = z.object({
  year: z.number().int(),
  total: mediationFiguresView,
  communities: z.array(z.object({ communityId: z.string(), communityName: z.string(), figures: mediationFiguresView })),
});
export type MediationFiguresResponse = z.infer<typeof mediationFiguresResponse>;

/**
 * `GET /api/mediation-figures/areas`: the figures of one area of the tree over [from, to) (the
 * command-centre dashboard's node and period), and beside them each child area's (a district's
 * streets, a street's communities).
 */
export const mediationAreaFiguresQuery = z
  .object({ nodeId: z.uuid(), from: day, to: day })
  .refine((q) => q.to > q.from, { message: '结束日期应晚于开始日期', path: ['to'] });

/** One area's figures: counts and rates only (no names), by the shared formulas. */
export const mediationAreaFiguresResponse = z.object({
  node: z.object({ id: z.string(), name: z.string(), kind: z.enum(NODE_KINDS) }),
  period: z.object({ from: z.string(), to: z.string() }),
  total: mediationFiguresView,
  children: z.array(z.object({ nodeId: z.string(), name: z.string(), kind: z.enum(NODE_KINDS), figures: mediationFiguresView })),
});
export type MediationAreaFiguresResponse = z.infer<typeof mediationAreaFiguresResponse>;
