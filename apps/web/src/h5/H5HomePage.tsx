import type { authEndpoints } from '@linli/shared';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import { isResidentOnly, rolesOf } from '../modules/auth/roles';
import { greetingFor } from '../ui/greeting';
import { H5Bell } from '../modules/notifications/h5/H5Bell';
import { PendingResidentCard } from './PendingResidentCard';
import { ChevronGlyph, KeyGlyph, LogoutGlyph } from './h5-glyphs';
import { tilesFor, type H5Tile } from './h5-tiles';
import { leaveFor, shellCall, useShellMe } from './shell-api';
import './h5-shell.css';

const H5PasswordDialog = lazy(() => import('../modules/auth/h5/H5PasswordDialog').then((m) => ({ default: m.H5PasswordDialog })));

function TileEntry({ tile }: { tile: H5Tile }) {
  const Icon = tile.icon;
  return (
    <Link to={tile.path} className="h5-tile">
      <span className="h5-tile-icon">
        <Icon />
      </span>
      <span className="h5-tile-text">
        <span className="h5-tile-label">{tile.label}</span>
        <span className="h5-muted">{tile.hint}</span>
      </span>
      <span className="h5-chevron">
        <ChevronGlyph />
      </span>
    </Link>
  );
}

/**
 * H5 home for residents and party members, plain React (no antd, first thing a phone loads):
 * greeting, message bell, 绑定住址 for a pending resident, the tiles of every H5 role the user holds
 * (h5-tiles.ts), 绑定密码 when needed.
 */
export function H5HomePage() {
  const client = useQueryClient();
  const { data: me } = useShellMe();
  const [passwordOpen, setPasswordOpen] = useState(false);
  const [passwordOpened, setPasswordOpened] = useState(false);
  const [leaving, setLeaving] = useState(false);
  if (!me) return null;

  const openPassword = () => {
    setPasswordOpen(true);
    setPasswordOpened(true);
  };
  // Logging out always ends at the login page (another HTML page), even if the request failed.
  const onLogout = () => {
    setLeaving(true);
    void shellCall<typeof authEndpoints.logout>('POST', '/api/auth/logout')
      .catch(() => undefined)
      .finally(() => {
        client.clear();
        leaveFor('/login');
      });
  };

  return (
    <div className="h5-shell">
      <div className="h5-wrap">
        <div className="h5-hero">
          <div className="h5-row">
            <span className="h5-hero-brand">邻里 · 社区服务</span>
            <span className="h5-actions">
              <H5Bell />
              <button type="button" className="h5-btn h5-btn-sm h5-btn-ghost" onClick={onLogout} disabled={leaving}>
                <LogoutGlyph />
                退出
              </button>
            </span>
          </div>
          <h1 className="h5-hero-title">
            {greetingFor(new Date())}，{me.displayName}
          </h1>
          <span className="h5-hero-sub">有事找网格，服务在身边</span>
        </div>
        <div className="h5-body">
          {!me.hasPassword && (
            <div className="h5-card h5-card-body h5-row">
              <div>
                <strong>绑定密码</strong>
                <br />
                <span className="h5-muted">设置后也可以用账号 {me.username} 和密码登录</span>
              </div>
              <button type="button" className="h5-btn h5-btn-primary" onClick={openPassword}>
                <KeyGlyph />
                绑定密码
              </button>
            </div>
          )}
          {me.pending && <PendingResidentCard />}
          {tilesFor(rolesOf(me), me.pending).map(({ group, tiles }) => (
            <section key={group} className="h5-card" aria-label={group}>
              <div className="h5-card-head">{group}</div>
              <div className="h5-card-body h5-tiles">
                {tiles.map((t) => (
                  <TileEntry key={t.path} tile={t} />
                ))}
              </div>
            </section>
          ))}
          {!isResidentOnly(me) && (
            <div className="h5-alert" role="note">
              <span className="h5-alert-icon">i</span>
              <span className="h5-alert-text">您同时有工作岗位</span>
              {/* The console is another HTML entry: a plain link, a full page load. */}
              <a href="/" className="h5-btn h5-btn-sm">
                进入工作台
              </a>
            </div>
          )}
          {me.hasPassword && (
            <button type="button" className="h5-btn h5-btn-block" onClick={openPassword}>
              <KeyGlyph />
              修改密码
            </button>
          )}
        </div>
      </div>
      {passwordOpened && (
        <Suspense fallback={null}>
          <H5PasswordDialog open={passwordOpen} hasPassword={me.hasPassword} username={me.username} onClose={() => setPasswordOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
