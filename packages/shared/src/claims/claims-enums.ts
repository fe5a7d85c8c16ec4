/** States of one claim 认领 (DOMAIN §3): claimed → inProgress → done → confirmed, or released / expired. */
export const CLAIM_STATES = ['claimed', 'inProgress', 'done', 'confirmed', 'released', 'expired'] as const;
/** A claim state. */
export type ClaimState = (typeof CLAIM_STATES)[number];

/** Claim states that hold the item: while a claim is in one of these, nobody else may claim it (DOMAIN §3: one item, one claimant). */
export const LIVE_CLAIM_STATES: readonly ClaimState[] = ['claimed', 'inProgress', 'done', 'confirmed'];

/** Actions on a claim. `expire` is taken by the system (a claim not started in time). */
export const CLAIM_ACTIONS = ['start', 'complete', 'confirm', 'sendBack', 'release', 'expire'] as const;
/** A claim action. */
export type ClaimAction = (typeof CLAIM_ACTIONS)[number];

/** What can be claimed (DOMAIN §3 "三领"). */
export const CLAIM_ITEM_KINDS = ['need', 'wish'] as const;
/** An item kind. */
export type ClaimItemKind = (typeof CLAIM_ITEM_KINDS)[number];

/** States of a micro-wish 微心愿 (DOMAIN §3). */
export const WISH_STATES = ['pendingReview', 'published', 'claimed', 'fulfilled', 'confirmed', 'rejected', 'cancelled'] as const;
/** A wish state. */
export type WishState = (typeof WISH_STATES)[number];

/** Wish states anyone in the community may see; the others only staff and the wisher. */
export const PUBLIC_WISH_STATES: readonly WishState[] = ['published', 'claimed', 'fulfilled', 'confirmed'];

/** Actions on a wish. */
export const WISH_ACTIONS = ['approve', 'reject', 'claim', 'start', 'release', 'fulfil', 'sendBack', 'confirm', 'cancel', 'claimExpired'] as const;
/** A wish action. */
export type WishAction = (typeof WISH_ACTIONS)[number];

/**
 * States of a need 需求 on the needs list; moved by its claim's decisions, or to `referred` when the
 * street joint meeting 联席会 hands it to a functional department (then it follows the linked case).
 */
export const NEED_STATES = ['open', 'claimed', 'done', 'closed', 'referred'] as const;
/** A need state. */
export type NeedState = (typeof NEED_STATES)[number];

/** Need states a partner unit may still claim. */
export const CLAIMABLE_NEED_STATES: readonly NeedState[] = ['open'];

/** Need domains (DOMAIN §3: 7 domains in one city). */
export const NEED_DOMAINS = ['facilityRepair', 'greening', 'elderlyCare', 'childCare', 'culture', 'employment', 'safety', 'other'] as const;
/** A need domain. */
export type NeedDomain = (typeof NEED_DOMAINS)[number];

/** What kind of item a need is: an ordinary need, or a livelihood project 民生项目 a partner unit takes on (DOMAIN §3). */
export const NEED_KINDS = ['need', 'project'] as const;
/** A need kind. */
export type NeedKind = (typeof NEED_KINDS)[number];

/** Where a need was collected. */
export const NEED_SOURCES = ['resident', 'visit', 'meeting'] as const;
/** A need source. */
export type NeedSource = (typeof NEED_SOURCES)[number];

/** Kinds of partner unit 共建单位 (DOMAIN §4). */
export const PARTNER_UNIT_KINDS = ['government', 'enterprise', 'institution', 'socialOrganisation', 'propertyCompany', 'twoNew'] as const;
/** A partner-unit kind. */
export type PartnerUnitKind = (typeof PARTNER_UNIT_KINDS)[number];

/** Kinds of resource on the resources list 资源清单. */
export const RESOURCE_KINDS = ['room', 'funds', 'professionalService', 'volunteers', 'goods'] as const;
/** A resource kind. */
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** States of an in-service party member's registration 在职党员双报到. */
export const MEMBER_REGISTRATION_STATES = ['pending', 'approved', 'rejected'] as const;
/** A registration state. */
export type MemberRegistrationState = (typeof MEMBER_REGISTRATION_STATES)[number];

/** Registration states that count as "registered or waiting": one per member at a time. */
export const LIVE_REGISTRATION_STATES: readonly MemberRegistrationState[] = ['pending', 'approved'];

/** Actions on a registration. */
export const MEMBER_REGISTRATION_ACTIONS = ['approve', 'reject'] as const;
/** A registration action. */
export type MemberRegistrationAction = (typeof MEMBER_REGISTRATION_ACTIONS)[number];

/** Events that earn points 积分 under the admins' rules. */
export const POINT_RULE_KEYS = ['wishConfirmed', 'needConfirmed', 'serviceHour'] as const;
/** A point rule key. */
export type PointRuleKey = (typeof POINT_RULE_KEYS)[number];

/** Points each rule gives until an admin changes it. */
export const DEFAULT_POINT_RULES: Record<PointRuleKey, number> = { wishConfirmed: 10, needConfirmed: 20, serviceHour: 5 };

/**
 * Actions on a need: a liaison claims it, the street joint meeting refers it, the case's outbox messages
 * keep a referred need in step with its case (closed → done, reopened → referred again), and a claimed
 * need follows its claim (confirmed → done, released or expired → open).
 */
export const NEED_ACTIONS = ['claim', 'refer', 'caseClosed', 'caseReopened', 'followClaim'] as const;
/** A need action. */
export type NeedAction = (typeof NEED_ACTIONS)[number];
