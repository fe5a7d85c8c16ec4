import { z } from 'zod';
import { passwordProblem } from './password-policy';
import { ROLES } from './roles';

/** A new password that meets the policy apart from the username rule (the server knows the username). */
export const newPasswordField = z
  .string()
  .max(200)
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** `POST /api/auth/login` body. */
export const loginRequest = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequest>;

/** `POST /api/auth/otp/send` body: a mainland mobile number. */
export const otpSendRequest = z.object({
  phone: z.string().regex(/^1[3-9]\d{9}$/, '请输入11位手机号'),
});

/** `POST /api/auth/otp/login` body. */
export const otpLoginRequest = z.object({
  phone: z.string().regex(/^1[3-9]\d{9}$/, '请输入11位手机号'),
  code: z.string().regex(/^\d{6}$/, '验证码为6位数字'),
});

/** `POST /api/auth/password` body: change (or, for a code-only resident, bind) the password. */
export const changePasswordRequest = z.object({
  currentPassword: z.string().max(200).optional(),
  newPassword: newPasswordField,
});

/** One post: a role held at a node of the org tree. */
export const postView = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  nodeId: z.string(),
  nodeName: z.string(),
  nodePath: z.string(),
  title: z.string().nullable(),
});
export type PostView = z.infer<typeof postView>;

/** `GET /api/me`: the signed-in user, their posts and the data scope built from them. */
export const meResponse = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  residentId: z.string().nullable(),
  /** The grid above the user's home (their resident post's house), for "附近已有人反映"; null without a home. */
  homeGridId: z.string().nullable(),
  hasPassword: z.boolean(),
  /** Signed in by SMS code but bound to no household yet: no post, no scope (ADR 0008). */
  pending: z.boolean(),
  posts: z.array(postView),
  scope: z.object({ all: z.boolean(), paths: z.array(z.string()) }),
});
export type MeResponse = z.infer<typeof meResponse>;

/** `GET /api/session`: the signed-in user, or `me: null` without a session — a 200 either way, so the login page asks without an error. */
export const sessionResponse = z.object({ me: meResponse.nullable() });
export type SessionResponse = z.infer<typeof sessionResponse>;
