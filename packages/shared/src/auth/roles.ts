/** Every role a post can carry (DOMAIN §1 people with roles in the tree). */
export const ROLES = [
  'systemAdmin',
  'districtOfficer',
  'streetOfficer',
  'communityStaff',
  'gridWorker',
  'buildingLead',
  'departmentStaff',
  'partnerLiaison',
  'partyMember',
  'propertyStaff',
  'mediator',
  'resident',
] as const;

/** A role name. */
export type Role = (typeof ROLES)[number];

/** Roles that work inside the area tree and may read resident records of their subtree. */
export const RESIDENT_READER_ROLES: readonly Role[] = ['systemAdmin', 'districtOfficer', 'streetOfficer', 'communityStaff', 'gridWorker', 'buildingLead'];

/** Roles allowed to see special-population tags (PIPL: need-to-know, DOMAIN §1). */
export const SPECIAL_TAG_READER_ROLES: readonly Role[] = ['systemAdmin', 'districtOfficer', 'streetOfficer', 'communityStaff', 'gridWorker'];

/** Roles that may import or edit the household ledger (一张表). */
export const LEDGER_EDITOR_ROLES: readonly Role[] = ['systemAdmin', 'districtOfficer', 'streetOfficer', 'communityStaff', 'gridWorker'];

/** Roles that manage users and posts, and read the audit log. */
export const ADMIN_ROLES: readonly Role[] = ['systemAdmin'];
