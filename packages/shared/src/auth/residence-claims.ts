import { z } from 'zod';
import { rolesWith } from '../access/capabilities';
import type { Role } from './roles';

/** States of a residence claim 住址认证: a pending resident asks to be bound to a household. */
export const RESIDENCE_CLAIM_STATES = ['pending', 'approved', 'rejected'] as const;
/** A residence claim state. */
export type ResidenceClaimState = (typeof RESIDENCE_CLAIM_STATES)[number];

/**
 * Roles that list and decide residence claims (in their area; grid workers for the community their
 * grid lies in): the capability table's `residenceClaim` writers, for menus and pages.
 */
export const RESIDENCE_CLAIM_STAFF_ROLES: readonly Role[] = rolesWith('residenceClaim', 'write').filter((r): r is Role => r !== 'pendingResident');

/** One residence claim as the claimant and the staff see it. */
export const residenceClaimView = z.object({
  id: z.string(),
  userId: z.string(),
  userDisplayName: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  address: z.string(),
  state: z.enum(RESIDENCE_CLAIM_STATES),
  /** The house it was bound to on approval. */
  houseId: z.string().nullable(),
  /** Why it was rejected. */
  reason: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type ResidenceClaimView = z.infer<typeof residenceClaimView>;

/** A community a pending resident may claim an address in or report to, with its grids. */
export const claimableCommunity = z.object({
  id: z.string(),
  name: z.string(),
  streetName: z.string(),
  grids: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ClaimableCommunity = z.infer<typeof claimableCommunity>;

/** `GET /api/me/residence-claim`: my latest claim (or null) and the communities to choose from. */
export const myResidenceClaimResponse = z.object({ claim: residenceClaimView.nullable(), communities: z.array(claimableCommunity) });
export type MyResidenceClaimResponse = z.infer<typeof myResidenceClaimResponse>;

/** `POST /api/me/residence-claim` body. */
export const createResidenceClaimRequest = z.object({
  communityId: z.uuid('请选择社区'),
  address: z.string().trim().min(2, '请填写详细住址').max(200),
});
export type CreateResidenceClaimRequest = z.infer<typeof createResidenceClaimRequest>;

/** `GET /api/residence-claims` answer: the claims in the caller's area, pending first, newest first (at most 200). */
export const residenceClaimsResponse = z.object({ items: z.array(residenceClaimView) });

/** `POST /api/residence-claims/:id/approve` body: the house the resident lives in. */
export const approveResidenceClaimRequest = z.object({ houseId: z.uuid('请选择房屋') });

/** `POST /api/residence-claims/:id/reject` body. */
export const rejectResidenceClaimRequest = z.object({ reason: z.string().trim().min(2, '请填写不通过的原因').max(200) });
