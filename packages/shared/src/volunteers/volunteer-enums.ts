/** States of one sign-up 报名 for a volunteer activity (DOMAIN §4). */
export const SIGNUP_STATES = ['signedUp', 'waitlisted', 'checkedIn', 'completed', 'cancelled'] as const;
/** A sign-up state. */
export type SignUpState = (typeof SIGNUP_STATES)[number];

/** Sign-up states that hold one of the activity's places (the capacity counts these). */
export const PLACE_HOLDING_STATES: readonly SignUpState[] = ['signedUp', 'checkedIn', 'completed'];

/** Sign-up states that count as "still signed up": one per member and activity at a time. */
export const LIVE_SIGNUP_STATES: readonly SignUpState[] = ['signedUp', 'waitlisted', 'checkedIn', 'completed'];

/** Actions on a sign-up. `promote` is taken by the system when a place frees up. */
export const SIGNUP_ACTIONS = ['cancel', 'promote', 'checkIn', 'checkOut'] as const;
/** A sign-up action. */
export type SignUpAction = (typeof SIGNUP_ACTIONS)[number];

/** What a station QR code does when scanned: 签到 or 签退. */
export const CHECKIN_KINDS = ['in', 'out'] as const;
/** A QR code kind. */
export type CheckinKind = (typeof CHECKIN_KINDS)[number];

/** Levels a volunteer service team 志愿服务队 belongs to. */
export const TEAM_LEVELS = ['community', 'street'] as const;
/** A team level. */
export type TeamLevel = (typeof TEAM_LEVELS)[number];

/** States of a volunteer post 志愿岗: open to claim, or held by one member (DOMAIN §3: one item, one claimant). */
export const VOLUNTEER_POST_STATES = ['open', 'claimed'] as const;
/** A volunteer post state. */
export type VolunteerPostState = (typeof VOLUNTEER_POST_STATES)[number];

/** Skills the library suggests (members may add others); DOMAIN §4 "who can do legal aid, haircuts, repairs". */
export const SUGGESTED_SKILLS = [
  '法律援助',
  '矛盾调解',
  '理发',
  '家电维修',
  '水电维修',
  '医疗义诊',
  '心理疏导',
  '政策宣讲',
  '文艺演出',
  '课业辅导',
  '摄影',
  '驾驶',
] as const;

/** Minutes a station QR token stays valid; the check-in screen renews it before then. */
export const CHECKIN_TOKEN_MINUTES = 2;
