import type { MeResponse } from '@linli/shared';
import { Card, Flex, Tabs, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { FullPageSpin } from '../../ui/FullPageSpin';
import { useMe } from './auth-queries';
import { OtpLoginForm } from './OtpLoginForm';
import { PasswordLoginForm } from './PasswordLoginForm';
import { homePathFor, isResidentOnly } from './roles';

function targetAfterLogin(me: MeResponse, from: unknown): string {
  const home = homePathFor(me);
  // Only a path on this site: `//host` would leave it.
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/login')) return home;
  // A resident-only user cannot use console pages, so a remembered console address is ignored.
  if (isResidentOnly(me) && !from.startsWith('/h5')) return home;
  return from;
}

/** 登录: 账号登录 for staff, 验证码登录 for residents; then staff go to the console and residents to /h5. */
export function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  // The console guard remembers the page in router state; the light H5 entry (another HTML page) sends ?next=.
  const from = (location.state as { from?: unknown } | null)?.from ?? new URLSearchParams(location.search).get('next');

  if (me.isPending) return <FullPageSpin />;
  if (me.data) return <Navigate to={targetAfterLogin(me.data, from)} replace />;

  const onLoggedIn = (user: MeResponse) => navigate(targetAfterLogin(user, from), { replace: true });

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: 16,
        background: 'linear-gradient(160deg, #c8161d 0%, #8f0f14 42%, #f5f5f5 42%)',
      }}
    >
      <div style={{ width: '100%', maxWidth: 400 }}>
        <Flex vertical align="center" style={{ marginBottom: 24, color: '#fff' }}>
          <Typography.Title level={2} style={{ color: '#fff', margin: 0 }}>
            邻里
          </Typography.Title>
          <Typography.Text style={{ color: 'rgba(255,255,255,0.85)' }}>党建引领基层治理平台</Typography.Text>
        </Flex>
        <Card variant="borderless" style={{ boxShadow: '0 8px 24px rgba(0,0,0,0.12)' }}>
          <Tabs
            centered
            items={[
              { key: 'password', label: '账号登录', children: <PasswordLoginForm onLoggedIn={onLoggedIn} /> },
              { key: 'otp', label: '验证码登录', children: <OtpLoginForm onLoggedIn={onLoggedIn} /> },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12, textAlign: 'center' }}>
            工作人员请使用账号登录；居民可用登记的手机号获取验证码登录。
            <br />
            忘记密码请联系所在社区或系统管理员。
          </Typography.Paragraph>
        </Card>
      </div>
    </Flex>
  );
}
