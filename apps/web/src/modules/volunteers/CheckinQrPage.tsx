import { Alert, Card, Flex, Segmented, Spin, Typography } from 'antd';
import type { CheckinKind } from '@linli/shared';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useCheckinToken } from './volunteer-queries';
import { formatTimeSeconds } from '../../ui/time-format';

/** The link a member's phone opens when it scans the station's code: the H5 check-in page with the token. */
export function checkinUrl(token: string): string {
  return `${window.location.origin}/h5/volunteer-checkin?t=${encodeURIComponent(token)}`;
}

/** 签到二维码: shown on the station's screen; the token is renewed every minute so a photo of it soon stops working. */
export function CheckinQrPage() {
  const { id = '' } = useParams();
  const [kind, setKind] = useState<CheckinKind>('in');
  const token = useCheckinToken(id, kind);
  return (
    <Flex vertical align="center" gap={16}>
      <Link to={`/volunteers/activities/${id}`}>返回活动</Link>
      <Segmented
        size="large"
        value={kind}
        onChange={(v) => setKind(v as CheckinKind)}
        options={[
          { label: '签到', value: 'in' },
          { label: '签退', value: 'out' },
        ]}
      />
      {token.error ? <ErrorAlert error={token.error} onRetry={() => token.refetch()} /> : null}
      <Card style={{ textAlign: 'center', minWidth: 360 }}>
        {token.data ? (
          <>
            <Typography.Title level={3}>
              {token.data.activityTitle} · {kind === 'in' ? '签到' : '签退'}
            </Typography.Title>
            <QRCodeSVG value={checkinUrl(token.data.token)} size={320} marginSize={2} aria-label="签到二维码" />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              请用手机扫码{kind === 'in' ? '签到' : '签退'}。二维码每分钟自动刷新，本码 {formatTimeSeconds(token.data.expiresAt)} 失效。
            </Typography.Paragraph>
          </>
        ) : (
          <Spin />
        )}
      </Card>
      <Alert type="info" showIcon message="签退时按实际签到、签退时间计算服务时长（不超过活动时长），并按积分规则记入积分。" />
    </Flex>
  );
}
