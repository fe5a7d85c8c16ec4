import type { CaseStatsResponse } from '@linli/shared';
import { Progress, Tag } from 'antd';
import { SCREEN } from './chart-options';
import { closureSpeeds } from './kpi';

/** Same-day / 2-day / 3-day closure shares as bars, each with its target marked (50% / 80% / 95%). */
export function ClosureSpeed({ stats }: { stats: CaseStatsResponse }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 14 }}>
      {closureSpeeds(stats).map((s) => (
        <section key={s.key} aria-label={s.label}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 8 }}>
            <span style={{ color: SCREEN.text }}>{s.label}</span>
            <span>
              <span style={{ color: s.share === null ? SCREEN.muted : '#fff', fontSize: 20, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
                {s.value}
              </span>
              <span style={{ color: SCREEN.muted, fontSize: 12 }}> / 目标 {Math.round(s.target * 100)}%</span>
            </span>
          </div>
          <div style={{ position: 'relative' }}>
            <Progress
              percent={s.share === null ? 0 : Math.round(s.share * 1000) / 10}
              showInfo={false}
              strokeColor={s.met ? SCREEN.onTime : SCREEN.warning}
              trailColor="rgba(255,255,255,0.08)"
              size={['100%', 10]}
              aria-label={`${s.label} ${s.value}`}
            />
            <span
              aria-hidden
              title={`目标 ${Math.round(s.target * 100)}%`}
              style={{ position: 'absolute', top: 2, bottom: 2, left: `${s.target * 100}%`, width: 2, background: '#fff', opacity: 0.8 }}
            />
          </div>
          <div style={{ display: 'flex', justifyContent: 'space-between', color: SCREEN.muted, fontSize: 12 }}>
            <span>
              {s.count.toLocaleString('zh-CN')} / {stats.counts.closed.toLocaleString('zh-CN')} 件
            </span>
            {s.met === null ? (
              <span>暂无结案</span>
            ) : s.met ? (
              <Tag color="success" bordered={false} style={{ marginInlineEnd: 0 }}>
                达标
              </Tag>
            ) : (
              <Tag color="warning" bordered={false} style={{ marginInlineEnd: 0 }}>
                未达标
              </Tag>
            )}
          </div>
        </section>
      ))}
    </div>
  );
}
