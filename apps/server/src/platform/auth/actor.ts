import { accessRolesOf, mayDo, rolesWith, type AccessAction, type AccessRole, type RecordKind, type Role } from '@linli/shared';
import { buildScope, type DataScope, type ScopePost } from './data-scope';
import { AppError } from '../errors';
import type { AuditActor } from '../audit/audit';

/** The signed-in person behind a request, with their posts and the scope built from them. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  residentId: string | null;
  hasPassword: boolean;
  posts: (ScopePost & { postId: string; nodeName: string; title: string | null })[];
  /** Scope over all posts. */
  scope: DataScope;
  ip: string | null;
}

/** The scope an actor has for a set of roles (e.g. the roles that may read residents). */
export function scopeForRoles(actor: Actor, roles: readonly Role[]): DataScope {
  return buildScope(actor.posts, roles);
}

/** True when the actor holds any of `roles` anywhere. */
export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.posts.some((p) => roles.includes(p.role));
}

/** Throws FORBIDDEN unless the actor holds one of `roles`. */
export function requireRole(actor: Actor, roles: readonly Role[]): void {
  if (!hasAnyRole(actor, roles)) throw new AppError('FORBIDDEN', '您的岗位没有此项权限');
}

/** The audit view of an actor. */
export function auditActorOf(actor: Actor): AuditActor {
  return { userId: actor.userId, username: actor.username, ip: actor.ip };
}

/** The actor's roles as the capability table sees them (the pending resident's when no post). */
export function accessRoles(actor: Actor): AccessRole[] {
  return accessRolesOf(actor.posts.map((p) => p.role));
}

/** True when the capability table lets the actor do `action` with `kind` somewhere. */
export function may(actor: Actor, kind: RecordKind, action: AccessAction): boolean {
  return mayDo(accessRoles(actor), kind, action);
}

/**
 * Where the actor may do `action` with `kind`: the scope of only those posts whose role the
 * capability table lists (DESIGN rule 3: role and subtree both count, so a grid worker who is also
 * a resident elsewhere reads the register of the grid, not of the house).
 */
export function capabilityScope(actor: Actor, kind: RecordKind, action: AccessAction): DataScope {
  return buildScope(
    actor.posts,
    rolesWith(kind, action).filter((r): r is Role => r !== 'pendingResident'),
  );
}

/** Throws FORBIDDEN unless the capability table lets the actor do `action` with `kind`. */
export function requireCapability(actor: Actor, kind: RecordKind, action: AccessAction): void {
  if (!may(actor, kind, action)) throw new AppError('FORBIDDEN', '您的岗位没有此项权限');
}
