import { Alert, Flex, Segmented } from 'antd';
import type { CheckinKind } from '@linli/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { CheckinQrCard, stationUrl } from '../../ui/checkin/CheckinQrCard';
import { useCheckinToken } from './volunteer-queries';

const H5_PATH = '/h5/volunteer-checkin';

/** The link a member's phone opens when it scans the station's code: the H5 check-in page with the token. */
export function checkinUrl(token: string): string {
  return stationUrl(H5_PATH, token);
}

/** 签到二维码: shown on the station's screen; the token is renewed every minute so a photo of it soon stops working. */
export function CheckinQrPage() {
  const { id = '' } = useParams();
  const [kind, setKind] = useState<CheckinKind>('in');
  const token = useCheckinToken(id, kind);
  const verb = kind === 'in' ? '签到' : '签退';
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
      <CheckinQrCard title={token.data ? `${token.data.activityTitle} · ${verb}` : verb} h5Path={H5_PATH} verb={verb} query={token} />
      <Alert type="info" showIcon message="签退时按实际签到、签退时间计算服务时长（不超过活动时长），并按积分规则记入积分。" />
    </Flex>
  );
}
