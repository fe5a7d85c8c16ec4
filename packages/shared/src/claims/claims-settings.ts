import { z } from 'zod';

/** Periods the claims module runs on, set by admins (DOMAIN §3). */
export const CLAIM_SETTING_KEYS = ['claimStartDays', 'meetingAfterDays'] as const;
/** A claims setting key. */
export type ClaimSettingKey = (typeof CLAIM_SETTING_KEYS)[number];

/**
 * Defaults until an admin changes them: a claim not started within 3 days expires and the item
 * reopens; a need unclaimed for 15 days goes to the street joint meeting 联席会 list.
 */
export const DEFAULT_CLAIM_SETTINGS: Record<ClaimSettingKey, number> = { claimStartDays: 3, meetingAfterDays: 15 };

/** 设置项名称. */
export const CLAIM_SETTING_LABELS: Record<ClaimSettingKey, string> = {
  claimStartDays: '认领后未开始办理自动失效（天）',
  meetingAfterDays: '需求无人认领提交街道联席会（天）',
};

/** A setting as admins see it. */
export const claimSettingView = z.object({ key: z.enum(CLAIM_SETTING_KEYS), days: z.number().int(), updatedAt: z.string().nullable() });
export type ClaimSettingView = z.infer<typeof claimSettingView>;

/** `PUT /api/claim-settings/:key` (admins). */
export const updateClaimSettingRequest = z.object({ days: z.number().int().min(1, '至少1天').max(365, '最多365天') });

/** `PUT /api/claim-settings/:key` path. */
export const claimSettingParams = z.object({ key: z.enum(CLAIM_SETTING_KEYS) });

/** Every claims setting. */
export const claimSettingList = z.object({ items: z.array(claimSettingView) });
