/** Special-population tags (DOMAIN §1 [002, 004]); sensitive personal information under PIPL. */
export const SPECIAL_TAGS = [
  'subsistence',
  'extremePoverty',
  'disabled',
  'elderlyAlone',
  'emptyNest',
  'leftBehindChild',
  'leftBehindWoman',
  'veteran',
] as const;
/** A special-population tag. */
export type SpecialTag = (typeof SPECIAL_TAGS)[number];

/** Genders as recorded on the ID number. */
export const GENDERS = ['male', 'female'] as const;
/** A gender. */
export type Gender = (typeof GENDERS)[number];

/** Relation of a household member to the household head. */
export const RELATIONS = ['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'other'] as const;
/** A relation to the head. */
export type Relation = (typeof RELATIONS)[number];
