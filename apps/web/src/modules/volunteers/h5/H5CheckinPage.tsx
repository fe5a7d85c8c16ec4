import { Button, Result, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../../api/api-error';
import { H5Page } from '../../../h5/H5Page';
import { hoursText } from '../volunteer-format';
import { useScanCheckin } from '../volunteer-queries';

/** Where the station's QR code lands on the member's phone: posts the token once and shows what it did. */
export function H5CheckinPage() {
  const [params] = useSearchParams();
  const token = params.get('t') ?? '';
  const scan = useScanCheckin();
  const navigate = useNavigate();
  const sent = useRef(false);
  useEffect(() => {
    // Strict mode mounts twice in development; the token must be posted only once.
    if (sent.current || !token) return;
    sent.current = true;
    scan.mutate(token);
  }, [scan, token]);
  const r = scan.data;
  return (
    <H5Page title="扫码签到">
      {!token ? <Result status="warning" title="没有读到二维码" subTitle="请用手机扫描服务站屏幕上的签到二维码。" /> : null}
      {scan.isPending ? <Spin /> : null}
      {r ? (
        <Result
          status="success"
          title={r.kind === 'in' ? '签到成功' : '签退成功'}
          subTitle={
            r.kind === 'in'
              ? `「${r.activityTitle}」已签到，活动结束时请再扫码签退。`
              : `「${r.activityTitle}」本次服务 ${hoursText(r.minutes ?? 0)}，获得 ${r.points} 积分。`
          }
          extra={<Button onClick={() => navigate('/h5/volunteer-hours')}>查看我的服务时长</Button>}
        />
      ) : null}
      {scan.error ? (
        <Result
          status="error"
          title="签到未成功"
          subTitle={errorMessage(scan.error)}
          extra={<Button onClick={() => navigate('/h5/volunteer-activities')}>查看我的活动</Button>}
        />
      ) : null}
    </H5Page>
  );
}
