import { Card, Empty } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { SCREEN } from './chart-options';

const panelStyle: CSSProperties = {
  height: '100%',
  background: 'linear-gradient(180deg, rgba(19,45,88,0.92) 0%, rgba(13,31,60,0.92) 100%)',
  border: '1px solid rgba(58,142,230,0.28)',
};

/** One framed panel of the command-centre screen, with a title bar and optional tools on the right. */
export function ScreenPanel({
  title,
  extra,
  children,
  bodyPadding = 12,
  style,
}: {
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  bodyPadding?: number;
  style?: CSSProperties;
}) {
  return (
    <Card
      size="small"
      title={
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
          <span aria-hidden style={{ width: 3, height: 14, background: SCREEN.gold, borderRadius: 2 }} />
          {title}
        </span>
      }
      extra={extra}
      style={{ ...panelStyle, ...style }}
      styles={{ header: { borderBottomColor: 'rgba(58,142,230,0.2)', minHeight: 40 }, body: { padding: bodyPadding } }}
    >
      {children}
    </Card>
  );
}

/** The empty state inside a panel, sized like the chart it stands for. */
export function PanelEmpty({ height, text }: { height: number; text: string }) {
  return (
    <div style={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span style={{ color: SCREEN.muted }}>{text}</span>} />
    </div>
  );
}
