import { z } from 'zod';
import { ROLES } from '../auth/roles';
import { pageQuery } from '../common/page';
import { newPasswordField, postView } from '../auth/contracts';

/** `GET /api/users` (admins). */
export const listUsersQuery = pageQuery.extend({ q: z.string().trim().max(50).optional() });

/** A user as the admin list shows it. */
export const userView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  /** The account's phone masked (`138****1234`); the full number is never kept on the account. */
  phoneMasked: z.string().nullable(),
  posts: z.array(postView),
});
export type UserView = z.infer<typeof userView>;

/** A mainland mobile number for an account (kept as a keyed hash and a masked copy). */
const accountPhone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '请输入11位手机号');

/** `POST /api/users` body. */
export const createUserRequest = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, '用户名为3-32位小写字母、数字或 . _ -'),
  displayName: z.string().trim().min(1).max(50),
  password: newPasswordField,
  /** A work phone (shown masked on the building notice boards); optional. */
  phone: accountPhone.optional(),
});

/** `PATCH /api/users/:id` body. */
export const updateUserRequest = z
  .object({
    displayName: z.string().trim().min(1).max(50).optional(),
    disabled: z.boolean().optional(),
    unlock: z.boolean().optional(),
    /** A new work phone, or null to remove it. */
    phone: accountPhone.nullable().optional(),
  })
  // An empty change would write nothing and audit a change that never happened.
  .refine((v) => v.displayName !== undefined || v.disabled !== undefined || v.unlock !== undefined || v.phone !== undefined, {
    message: '请至少修改一项',
    path: ['displayName'],
  });

/** `POST /api/users/:id/posts` body: give the user a role at a node. */
export const createPostRequest = z.object({
  role: z.enum(ROLES),
  nodeId: z.uuid(),
  title: z.string().trim().max(50).optional(),
});

/** `DELETE /api/users/:id/posts/:postId` params: the user and the post taken from them. */
export const userPostParams = z.object({ id: z.uuid(), postId: z.uuid() });
