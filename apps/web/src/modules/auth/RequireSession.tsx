import type { MeResponse } from '@linli/shared';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FullPageSpin } from '../../ui/FullPageSpin';
import { useMe } from './auth-queries';
import { isResidentOnly } from './roles';

/**
 * Renders `children(me)` once the session is known; without a session it sends the user to /login
 * (remembering where they were), and a resident-only user asking for the console goes to /h5.
 */
export function RequireSession({ area, children }: { area: 'console' | 'h5'; children: (me: MeResponse) => ReactNode }) {
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    return (
      <div style={{ maxWidth: 520, margin: '80px auto', padding: 16 }}>
        <ErrorAlert error={me.error} onRetry={() => me.refetch()} title="无法连接服务器" />
      </div>
    );
  }
  if (!me.data) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  if (area === 'console' && isResidentOnly(me.data)) return <Navigate to="/h5" replace />;
  return <>{children(me.data)}</>;
}
