import { Card, Spin, Typography } from 'antd';
import { QRCodeSVG } from 'qrcode.react';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../ErrorAlert';
import { formatTimeSeconds } from '../time-format';

/** The address a phone opens when it scans a station's code: an H5 page (e.g. `/h5/meeting-checkin`) with the token as `t`. */
export function stationUrl(h5Path: string, token: string): string {
  return `${window.location.origin}${h5Path}?t=${encodeURIComponent(token)}`;
}

/** What a station screen reads from its token query (volunteers' and meetings' tokens answer the same way). */
export interface StationToken {
  token: string;
  expiresAt: string;
}

/**
 * The QR a check-in station shows at the door: a signed token that the screen renews every minute
 * (each lives two), so a photo of it passed around soon stops working.
 */
export function CheckinQrCard({
  title,
  h5Path,
  verb = '签到',
  size = 320,
  query,
}: {
  title: ReactNode;
  h5Path: string;
  verb?: string;
  size?: number;
  query: { data?: StationToken; error: unknown; refetch: () => unknown };
}) {
  return (
    <>
      {query.error ? <ErrorAlert error={query.error} onRetry={() => query.refetch()} /> : null}
      <Card style={{ textAlign: 'center', minWidth: 360 }}>
        {query.data ? (
          <>
            <Typography.Title level={3}>{title}</Typography.Title>
            <QRCodeSVG value={stationUrl(h5Path, query.data.token)} size={size} marginSize={2} aria-label={`${verb}二维码`} />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              请用手机扫码{verb}。二维码每分钟自动刷新，本码 {formatTimeSeconds(query.data.expiresAt)} 失效。
            </Typography.Paragraph>
          </>
        ) : (
          <Spin />
        )}
      </Card>
    </>
  );
}
