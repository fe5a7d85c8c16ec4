/** Query key of the caller's residence claim; its own module so the light H5 shell can share it without zod. */
export const MY_RESIDENCE_CLAIM_KEY = ['me', 'residence-claim'] as const;
