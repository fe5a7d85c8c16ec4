/**
 * Kinds of node in the one area tree (DOMAIN §1): the administrative/grid levels, the buildings,
 * units and houses below a grid (a building is in exactly one grid), and departments (functional
 * bureaus that hold posts and receive whistles).
 */
export const NODE_KINDS = ['district', 'street', 'community', 'grid', 'microGrid', 'building', 'unit', 'house', 'department'] as const;
/** A node kind. */
export type NodeKind = (typeof NODE_KINDS)[number];

/** Grid types: ordinary community grid, special grid (business district, market…), health grid. */
export const GRID_TYPES = ['community', 'special', 'health'] as const;
/** A grid type. */
export type GridType = (typeof GRID_TYPES)[number];

/** Party organisation kinds mirrored on the area tree (DOMAIN §1). */
export const PARTY_ORG_KINDS = ['districtCommittee', 'workingCommittee', 'communityCommittee', 'branch', 'group', 'centralHousehold'] as const;
/** A party organisation kind. */
export type PartyOrgKind = (typeof PARTY_ORG_KINDS)[number];

/** Which child kinds each kind may hold; the org service refuses anything else. */
export const CHILD_KINDS: Record<NodeKind, readonly NodeKind[]> = {
  district: ['street', 'department'],
  street: ['community'],
  community: ['grid'],
  grid: ['microGrid', 'building'],
  microGrid: ['building'],
  building: ['unit'],
  unit: ['house'],
  house: [],
  department: [],
};
