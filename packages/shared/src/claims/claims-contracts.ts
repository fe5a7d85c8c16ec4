import { z } from 'zod';
import { pageQuery } from '../common/page';
import { needReferralView } from './claims-meeting-contracts';
import {
  CLAIM_ACTIONS,
  CLAIM_ITEM_KINDS,
  CLAIM_STATES,
  MEMBER_REGISTRATION_ACTIONS,
  MEMBER_REGISTRATION_STATES,
  NEED_DOMAINS,
  NEED_KINDS,
  NEED_SOURCES,
  NEED_STATES,
  PARTNER_UNIT_KINDS,
  POINT_RULE_KEYS,
  RESOURCE_KINDS,
  WISH_ACTIONS,
  WISH_STATES,
} from './claims-enums';

const photoKey = z.string().regex(/^[0-9]{4}\/[0-9]{2}\/[0-9a-f-]{36}\.(jpg|png)$/, '图片标识无效');
const allowed = <T extends readonly [string, ...string[]]>(actions: T) =>
  z.object({ action: z.enum(actions), required: z.array(z.string()), optional: z.array(z.string()) });

/** One entry of a claim's or wish's immutable timeline. */
export const claimEventView = z.object({
  id: z.string(),
  subjectKind: z.enum(['wish', 'need', 'claim', 'registration', 'order']),
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  actorName: z.string(),
  at: z.string(),
  note: z.string().nullable(),
  photos: z.array(z.string()),
});
export type ClaimEventView = z.infer<typeof claimEventView>;

/** A claim as detail pages show it, with the claim actions the caller may take now. */
export const claimView = z.object({
  id: z.string(),
  itemKind: z.enum(CLAIM_ITEM_KINDS),
  itemId: z.string(),
  itemTitle: z.string(),
  state: z.enum(CLAIM_STATES),
  claimantName: z.string(),
  claimantUnitName: z.string().nullable(),
  claimedAt: z.string(),
  doneAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  proofNote: z.string().nullable(),
  proofPhotos: z.array(z.string()),
  rating: z.number().int().nullable(),
  version: z.number().int(),
  allowedActions: z.array(allowed(CLAIM_ACTIONS)),
  /** The item's community; set on `GET /api/claims` (a claim inside a wish or need page goes without). */
  communityName: z.string().optional(),
});
export type ClaimView = z.infer<typeof claimView>;

// ---------------------------------------------------------------- wishes

/** `POST /api/wishes`: staff publish a wish for a resident in difficulty; a resident raises one for review. */
export const createWishRequest = z.object({
  title: z.string().trim().min(2, '请填写心愿标题').max(60),
  content: z.string().trim().min(5, '请至少用5个字描述心愿').max(1000),
  /** The community it belongs to; residents and single-community staff default to their own. */
  communityId: z.uuid().optional(),
  /** Staff only: the resident the wish is for (shown masked to the public). */
  beneficiaryName: z.string().trim().min(1).max(30).optional(),
  /** The wisher agreed to publication (DOMAIN §3: with consent). */
  consent: z.literal(true, '须经本人同意后才能发布心愿'),
  photos: z.array(photoKey).max(9).default([]),
});
export type CreateWishRequest = z.input<typeof createWishRequest>;
/** A validated wish request. */
export type CreateWishInput = z.output<typeof createWishRequest>;

/** `GET /api/wishes` filters; keyset pagination newest first. */
export const listWishesQuery = pageQuery.extend({
  state: z.enum(WISH_STATES).optional(),
  mine: z.enum(['raised', 'claimed']).optional(),
  communityId: z.uuid().optional(),
});
export type ListWishesQuery = z.output<typeof listWishesQuery>;

/** A wish in lists; `wisherName` is masked for everyone but staff and the wisher. */
export const wishListItem = z.object({
  id: z.string(),
  title: z.string(),
  state: z.enum(WISH_STATES),
  communityId: z.string(),
  communityName: z.string(),
  wisherName: z.string(),
  claimantName: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type WishListItem = z.infer<typeof wishListItem>;

/** `GET /api/wishes/:id`. */
export const wishDetail = wishListItem.extend({
  content: z.string(),
  photos: z.array(z.string()),
  claim: claimView.nullable(),
  timeline: z.array(claimEventView),
  allowedActions: z.array(allowed(WISH_ACTIONS)),
});
export type WishDetail = z.infer<typeof wishDetail>;

/** `POST /api/wishes/:id/claim` and `POST /api/needs/:id/claim`: take the item (one item, one claimant). */
export const claimItemRequest = z.object({
  note: z.string().trim().max(500).optional(),
  /** Needs: the partner unit claiming, when the liaison speaks for several. */
  unitId: z.uuid().optional(),
});
export type ClaimItemRequest = z.input<typeof claimItemRequest>;

/** `POST /api/wishes/:id/actions`: one wish workflow action with the fields it needs. */
export const wishActionRequest = z.object({
  action: z.enum(WISH_ACTIONS),
  expectedVersion: z.number().int().min(1),
  note: z.string().trim().max(1000).optional(),
  reason: z.string().trim().min(2, '请填写原因').max(500).optional(),
  photos: z.array(photoKey).max(9).optional(),
  rating: z.number().int().min(1, '评分为1到5星').max(5, '评分为1到5星').optional(),
});
export type WishActionRequest = z.input<typeof wishActionRequest>;
/** A validated wish action. */
export type WishActionInput = z.output<typeof wishActionRequest>;

/** `POST /api/claims/:id/actions`: one claim workflow action (needs' claims). */
export const claimActionRequest = wishActionRequest.extend({ action: z.enum(CLAIM_ACTIONS).exclude(['expire']) });
export type ClaimActionRequest = z.input<typeof claimActionRequest>;
/** A validated claim action. */
export type ClaimActionInput = z.output<typeof claimActionRequest>;

/** `GET /api/claims` filters: the caller's own claims, or (staff) claims in their area. */
export const listClaimsQuery = pageQuery.extend({
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  state: z.enum(CLAIM_STATES).optional(),
  itemKind: z.enum(CLAIM_ITEM_KINDS).optional(),
  /** Only the claims of items in this community (staff lists). */
  communityId: z.uuid().optional(),
});

// ---------------------------------------------------------------- needs, resources, services

/** `POST /api/needs` (community staff): a need collected from residents, visits or meetings. */
export const createNeedRequest = z.object({
  title: z.string().trim().min(2, '请填写需求标题').max(60),
  description: z.string().trim().min(5, '请至少用5个字描述需求').max(2000),
  domain: z.enum(NEED_DOMAINS),
  source: z.enum(NEED_SOURCES).default('resident'),
  communityId: z.uuid().optional(),
  /** `project` marks a livelihood project 民生项目 for partner units to take on; default an ordinary need. */
  kind: z.enum(NEED_KINDS).default('need'),
});
export type CreateNeedRequest = z.input<typeof createNeedRequest>;

/** `GET /api/needs` filters. */
export const listNeedsQuery = pageQuery.extend({
  state: z.enum(NEED_STATES).optional(),
  domain: z.enum(NEED_DOMAINS).optional(),
  communityId: z.uuid().optional(),
  kind: z.enum(NEED_KINDS).optional(),
});

/** A need on the needs list. */
export const needListItem = z.object({
  id: z.string(),
  title: z.string(),
  domain: z.enum(NEED_DOMAINS),
  kind: z.enum(NEED_KINDS),
  source: z.enum(NEED_SOURCES),
  state: z.enum(NEED_STATES),
  communityId: z.string(),
  communityName: z.string(),
  claimantUnitName: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type NeedListItem = z.infer<typeof needListItem>;

/** `GET /api/needs/:id`: `allowedActions` is `['claim']` when the caller may claim it now. */
export const needDetail = needListItem.extend({
  description: z.string(),
  claim: claimView.nullable(),
  timeline: z.array(claimEventView),
  allowedActions: z.array(z.enum(['claim'])),
  /** The linked case when the street joint meeting referred the need to a department, with the case's live state. */
  referral: needReferralView.nullable(),
});
export type NeedDetail = z.infer<typeof needDetail>;

/** `POST /api/resources`: what a partner unit offers a community. */
export const createResourceRequest = z.object({
  unitId: z.uuid(),
  communityId: z.uuid(),
  kind: z.enum(RESOURCE_KINDS),
  title: z.string().trim().min(2).max(60),
  description: z.string().trim().max(1000).default(''),
});

/** A resource on the resources list. */
export const resourceView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  kind: z.enum(RESOURCE_KINDS),
  title: z.string(),
  description: z.string(),
  createdAt: z.string(),
});
export type ResourceView = z.infer<typeof resourceView>;

/** `POST /api/services` (community staff): an item on the public service menu 服务清单. */
export const createServiceRequest = z.object({
  communityId: z.uuid().optional(),
  title: z.string().trim().min(2).max(60),
  description: z.string().trim().max(1000).default(''),
  provider: z.string().trim().min(1).max(60),
});

/** A service on the menu. */
export const serviceView = z.object({
  id: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  title: z.string(),
  description: z.string(),
  provider: z.string(),
  active: z.boolean(),
});
export type ServiceView = z.infer<typeof serviceView>;

/** Query of the simple community-scoped lists (resources, services, units, rewards). */
export const communityListQuery = pageQuery.extend({ communityId: z.uuid().optional() });

// ---------------------------------------------------------------- partner units and registrations

/** `POST /api/partner-units` (street/district staff): a unit 共建单位 and its liaison account. */
export const createPartnerUnitRequest = z.object({
  name: z.string().trim().min(2, '请填写单位名称').max(60),
  kind: z.enum(PARTNER_UNIT_KINDS),
  partyOrgName: z.string().trim().max(60).optional(),
  liaisonUserId: z.uuid().optional(),
});

/** `PUT /api/partner-units/:id/liaison`: the account (by username) that acts for the unit 联络员; it gets a liaison post if it lacks one. */
export const setUnitLiaisonRequest = z.object({
  username: z.string().trim().min(1, '请填写联络员的登录账号').max(64),
});
/** Body of `PUT /api/partner-units/:id/liaison`. */
export type SetUnitLiaisonRequest = z.input<typeof setUnitLiaisonRequest>;

/** `POST /api/partner-units/:id/registrations`: the unit registers with a community and signs an agreement 共建协议. */
export const registerUnitRequest = z.object({
  communityId: z.uuid(),
  agreementTitle: z.string().trim().min(2).max(100),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  commitments: z.string().trim().min(2, '请填写共建承诺').max(2000),
  /** The signed agreement's scan, uploaded first through `POST /api/uploads/photos`. */
  fileKey: photoKey.optional(),
  /** The unit holds a part-time seat 兼职委员 on the community's joint committee. */
  partTimeSeat: z.boolean().default(false),
});
export type RegisterUnitRequest = z.input<typeof registerUnitRequest>;

/** One registration of a unit with a community, with its agreement. */
export const unitRegistrationView = z.object({
  id: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  agreementTitle: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  commitments: z.string(),
  fileKey: z.string().nullable(),
  partTimeSeat: z.boolean(),
  registeredAt: z.string(),
});

/** A partner unit with the communities it is registered with (only those the caller may see). */
export const partnerUnitView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PARTNER_UNIT_KINDS),
  partyOrgName: z.string().nullable(),
  liaisonName: z.string().nullable(),
  registrations: z.array(unitRegistrationView),
  /** True when the caller may set the unit's liaison (street/district staff over the unit, admins). */
  mayAssignLiaison: z.boolean().default(false),
});
export type PartnerUnitView = z.infer<typeof partnerUnitView>;

/** `POST /api/member-registrations`: an in-service party member asks to register where they live (双报到). */
export const createMemberRegistrationRequest = z.object({
  communityId: z.uuid(),
  unitName: z.string().trim().min(2, '请填写工作单位').max(60),
  profession: z.string().trim().max(30).optional(),
  skills: z.array(z.string().trim().min(1).max(20)).max(10).default([]),
});

/** A member registration, with the approval actions the caller may take now. */
export const memberRegistrationView = z.object({
  id: z.string(),
  memberName: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  unitName: z.string(),
  profession: z.string().nullable(),
  skills: z.array(z.string()),
  state: z.enum(MEMBER_REGISTRATION_STATES),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  version: z.number().int(),
  allowedActions: z.array(allowed(MEMBER_REGISTRATION_ACTIONS)),
});
export type MemberRegistrationView = z.infer<typeof memberRegistrationView>;

/** `POST /api/member-registrations/:id/actions`: approve or reject. */
export const registrationActionRequest = z.object({
  action: z.enum(MEMBER_REGISTRATION_ACTIONS),
  expectedVersion: z.number().int().min(1),
  note: z.string().trim().max(500).optional(),
  reason: z.string().trim().min(2, '请填写原因').max(500).optional(),
});

/** `GET /api/member-registrations` filters. */
export const listRegistrationsQuery = pageQuery.extend({ state: z.enum(MEMBER_REGISTRATION_STATES).optional(), communityId: z.uuid().optional() });

// ---------------------------------------------------------------- points

/** A points rule as admins see and set it. */
export const pointRuleView = z.object({ key: z.enum(POINT_RULE_KEYS), points: z.number().int(), updatedAt: z.string().nullable() });

/** `PUT /api/point-rules/:key` (admins). */
export const updatePointRuleRequest = z.object({ points: z.number().int().min(0).max(1000) });

/** One line of the append-only points ledger. */
export const pointLedgerEntry = z.object({
  id: z.string(),
  delta: z.number().int(),
  reason: z.string(),
  refKind: z.string().nullable(),
  refId: z.string().nullable(),
  at: z.string(),
});

/** `GET /api/points/me`: balance and the newest ledger lines. */
export const myPointsResponse = z.object({ balance: z.number().int(), items: z.array(pointLedgerEntry) });

/** `POST /api/rewards` (community staff): a reward members redeem points for. */
export const createRewardRequest = z.object({
  communityId: z.uuid().optional(),
  name: z.string().trim().min(2).max(60),
  cost: z.number().int().min(1).max(100_000),
  stock: z.number().int().min(0).max(100_000),
});

/** A reward and what is left of it. */
export const rewardView = z.object({
  id: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  name: z.string(),
  cost: z.number().int(),
  stock: z.number().int(),
});
export type RewardView = z.infer<typeof rewardView>;

/** `POST /api/rewards/:id/redeem` answer. */
export const redeemResponse = z.object({ redemptionId: z.string(), balance: z.number().int(), stock: z.number().int() });

/** The id of a record just created. */
export const createdIdResponse = z.object({ id: z.string() });

/** `PUT /api/point-rules/:key` path. */
export const pointRuleParams = z.object({ key: z.enum(POINT_RULE_KEYS) });

/** Every points rule. */
export const pointRuleList = z.object({ items: z.array(pointRuleView) });

/** `GET /api/rewards` query: a community's rewards, optionally only those in stock. */
export const listRewardsQuery = z.object({
  communityId: z.uuid().optional(),
  inStock: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

/** Rewards of the exchange shelf. */
export const rewardList = z.object({ items: z.array(rewardView) });
