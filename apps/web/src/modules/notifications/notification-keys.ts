/** Query key of the caller's notifications; its own module so the light H5 shell can share it without zod. */
export const NOTIFICATIONS_KEY = ['notifications'] as const;
