import { H5ScanCheckin } from '../../../h5/H5ScanCheckin';
import { hoursText } from '../volunteer-format';
import { useScanCheckin } from '../volunteer-queries';

/** Where the station's QR code lands on the member's phone: posts the token once and shows what it did. */
export function H5CheckinPage() {
  return (
    <H5ScanCheckin
      title="扫码签到"
      scan={useScanCheckin()}
      missingHint="请用手机扫描服务站屏幕上的签到二维码。"
      success={(r) => ({
        title: r.kind === 'in' ? '签到成功' : '签退成功',
        subTitle:
          r.kind === 'in'
            ? `「${r.activityTitle}」已签到，活动结束时请再扫码签退。`
            : `「${r.activityTitle}」本次服务 ${hoursText(r.minutes ?? 0)}，获得 ${r.points} 积分。`,
      })}
      onward={{ label: '查看我的服务时长', to: '/h5/volunteer-hours' }}
      onError={{ label: '查看我的活动', to: '/h5/volunteer-activities' }}
    />
  );
}
