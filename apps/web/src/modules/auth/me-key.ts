/** Query key of the signed-in user; its own module so the light H5 shell can share it without zod. */
export const ME_KEY = ['me'] as const;
