import type { authEndpoints, MeResponse } from '@linli/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/api-error';
import { ME_KEY } from '../modules/auth/me-key';
import { isResidentOnly } from '../modules/auth/roles';
import { useCountdown } from '../ui/use-countdown';
import { H5Spin } from './H5Spin';
import { leaveFor, shellCall, useShellMe } from './shell-api';
import './h5-shell.css';

type Mode = 'otp' | 'password';

/** Where a phone goes after signing in: back to the /h5 page it came from; staff with no /h5 page to return to go to the console. */
export function afterH5Login(me: Pick<MeResponse, 'posts' | 'residentId' | 'pending'>, next: string | null): { inH5: string } | { leave: string } {
  const safe = next && next.startsWith('/h5') && !next.startsWith('/h5/login') ? next : null;
  if (safe) return { inH5: safe };
  return isResidentOnly(me) ? { inH5: '/h5' } : { leave: '/' };
}

const PHONE = /^1\d{10}$/;
const CODE = /^\d{6}$/;

/**
 * 登录 inside the phone entry (no antd, no contracts in the download): 验证码登录 with the registered phone for
 * residents, 账号登录 for staff on a phone. Errors name the field; the server's message is shown as it is.
 */
export function H5LoginPage() {
  const [params] = useSearchParams();
  const next = params.get('next');
  const navigate = useNavigate();
  const client = useQueryClient();
  const me = useShellMe();
  const countdown = useCountdown();
  const [mode, setMode] = useState<Mode>('otp');
  const [fields, setFields] = useState({ phone: '', code: '', username: '', password: '' });
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'send' | 'login' | null>(null);
  const [sent, setSent] = useState(false);

  if (me.isPending) return <H5Spin />;
  const go = (user: MeResponse) => {
    const target = afterH5Login(user, next);
    if ('leave' in target) leaveFor(target.leave);
    else navigate(target.inH5, { replace: true });
  };
  if (me.data) {
    const target = afterH5Login(me.data, next);
    if ('inH5' in target) return <Navigate to={target.inH5} replace />;
  }

  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) => {
    setFields((f) => ({ ...f, [name]: e.target.value.trim() }));
    if (fieldError?.field === name) setFieldError(null);
  };
  const fail = (e: unknown) => {
    if (e instanceof ApiError && e.field) setFieldError({ field: e.field, message: e.message });
    else setError(errorMessage(e));
  };
  const check = (field: string, ok: boolean, message: string): boolean => {
    if (!ok) setFieldError({ field, message });
    return ok;
  };

  const sendCode = async () => {
    setError(null);
    if (!check('phone', PHONE.test(fields.phone), '请输入11位手机号')) return;
    setBusy('send');
    try {
      await shellCall<typeof authEndpoints.sendOtp>('POST', '/api/auth/otp/send', { phone: fields.phone });
      countdown.start(60);
      setSent(true);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const ok =
      mode === 'otp'
        ? check('phone', PHONE.test(fields.phone), '请输入11位手机号') && check('code', CODE.test(fields.code), '请输入短信中的6位验证码')
        : check('username', fields.username !== '', '请输入用户名') && check('password', fields.password !== '', '请输入密码');
    if (!ok) return;
    setBusy('login');
    try {
      const user =
        mode === 'otp'
          ? await shellCall<typeof authEndpoints.otpLogin>('POST', '/api/auth/otp/login', { phone: fields.phone, code: fields.code })
          : await shellCall<typeof authEndpoints.login>('POST', '/api/auth/login', { username: fields.username, password: fields.password });
      client.clear();
      client.setQueryData(ME_KEY, user);
      go(user);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  };

  const input = (name: keyof typeof fields, label: string, props: Record<string, unknown>) => (
    <div className="h5-field">
      <label className="h5-field-label" htmlFor={`h5-login-${name}`}>
        {label}
      </label>
      <input
        id={`h5-login-${name}`}
        className="h5-input"
        name={name}
        value={fields[name]}
        onChange={set(name)}
        aria-invalid={fieldError?.field === name}
        aria-describedby={fieldError?.field === name ? `h5-login-${name}-error` : undefined}
        {...props}
      />
      {fieldError?.field === name && (
        <span id={`h5-login-${name}-error`} className="h5-field-error" role="alert">
          {fieldError.message}
        </span>
      )}
    </div>
  );

  return (
    <div className="h5-shell">
      <div className="h5-wrap">
        <div className="h5-hero">
          <div className="h5-hero-brand">邻里 · 社区服务</div>
          <div className="h5-hero-title">登录</div>
          <div className="h5-hero-sub">居民用登记的手机号获取验证码登录</div>
        </div>
        <form className="h5-card h5-login" onSubmit={submit} noValidate>
          <div className="h5-login-tabs" role="tablist">
            {(
              [
                ['otp', '验证码登录'],
                ['password', '账号登录'],
              ] as const
            ).map(([key, label]) => (
              <button
                key={key}
                type="button"
                role="tab"
                aria-selected={mode === key}
                className={mode === key ? 'h5-login-tab h5-login-tab-on' : 'h5-login-tab'}
                onClick={() => {
                  setMode(key);
                  setError(null);
                  setFieldError(null);
                }}
              >
                {label}
              </button>
            ))}
          </div>
          {error && (
            <div className="h5-alert h5-alert-error" role="alert">
              <span className="h5-alert-text">{error}</span>
            </div>
          )}
          {mode === 'otp' ? (
            <>
              {input('phone', '手机号', { inputMode: 'numeric', maxLength: 11, autoComplete: 'tel', placeholder: '请输入手机号' })}
              <div className="h5-code-row">
                {input('code', '验证码', { inputMode: 'numeric', maxLength: 6, autoComplete: 'one-time-code', placeholder: '6位验证码' })}
                <button type="button" className="h5-btn h5-code-btn" onClick={() => void sendCode()} disabled={countdown.left > 0 || busy === 'send'}>
                  {countdown.left > 0 ? `${countdown.left}秒后重发` : busy === 'send' ? '发送中…' : '获取验证码'}
                </button>
              </div>
              {sent && <p className="h5-muted">验证码已发送，请注意查收短信</p>}
            </>
          ) : (
            <>
              {input('username', '用户名', { autoComplete: 'username', placeholder: '请输入用户名' })}
              {input('password', '密码', { type: 'password', autoComplete: 'current-password', placeholder: '请输入密码' })}
            </>
          )}
          <button type="submit" className="h5-btn h5-btn-primary h5-btn-block h5-btn-lg" disabled={busy === 'login'}>
            {busy === 'login' ? '登录中…' : '登录'}
          </button>
          <p className="h5-muted h5-login-foot">工作人员可用账号登录；忘记密码请联系所在社区。</p>
        </form>
      </div>
    </div>
  );
}
