import type { Role } from '@linli/shared';
import type { ReactNode } from 'react';
import { ForbiddenResult } from '../../ui/ForbiddenResult';
import { FullPageSpin } from '../../ui/FullPageSpin';
import { useMe } from './auth-queries';
import { hasAnyRole } from './roles';

/** Shows `children` only to users holding one of `roles` (null = everyone signed in); others see 403. */
export function RequireRoles({ roles, children }: { roles: readonly Role[] | null; children: ReactNode }) {
  const me = useMe();
  if (!me.data) return <FullPageSpin />;
  if (roles !== null && !hasAnyRole(me.data, roles)) return <ForbiddenResult />;
  return <>{children}</>;
}
