import { Suspense, useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/api-error';
import { H5Spin } from './H5Spin';
import { leaveFor, useShellMe } from './shell-api';
import './h5-shell.css';

/**
 * The light H5 entry's session check around every /h5 page: without a session the phone goes to
 * its own login page in this entry (`next` brings it back), otherwise the page renders.
 */
export function H5Session() {
  const location = useLocation();
  const navigate = useNavigate();
  const me = useShellMe();
  const signedOut = me.isSuccess && !me.data;
  const next = `${location.pathname}${location.search}`;
  useEffect(() => {
    if (signedOut) navigate(`/h5/login?next=${encodeURIComponent(next)}`, { replace: true });
  }, [signedOut, next, navigate]);

  if (me.isPending || signedOut) return <H5Spin />;
  if (me.isError) {
    return (
      <div className="h5-shell h5-center" role="alert">
        <strong style={{ fontSize: 16 }}>无法连接服务器</strong>
        <span className="h5-muted" style={{ fontSize: 14 }}>
          {errorMessage(me.error)}
        </span>
        <button type="button" className="h5-btn h5-btn-primary" onClick={() => void me.refetch()}>
          重试
        </button>
      </div>
    );
  }
  return (
    <Suspense fallback={<H5Spin />}>
      <Outlet />
    </Suspense>
  );
}

/** Any address outside /h5 in the light entry (a link to the console or /login) is a full page load. */
export function LeaveH5() {
  const location = useLocation();
  const href = `${location.pathname}${location.search}${location.hash}`;
  useEffect(() => leaveFor(href), [href]);
  return <H5Spin />;
}
