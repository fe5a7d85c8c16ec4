import { H5ScanCheckin } from '../../../h5/H5ScanCheckin';
import { useMeetingScan } from '../deliberation-queries';

/** Where the meeting door's QR lands on a registrant's phone: checks them in once and says so. */
export function H5MeetingCheckinPage() {
  return (
    <H5ScanCheckin
      title="议事会签到"
      scan={useMeetingScan()}
      missingHint="请用手机扫描会场门口屏幕上的签到二维码，或向工作人员出示报名码。"
      success={(r) => ({ title: '签到成功', subTitle: `「${r.meetingTitle}」已签到，欢迎参会。` })}
      onward={{ label: '查看我的议事会', to: '/h5/meetings' }}
      onError={{ label: '查看我的报名码', to: '/h5/meetings' }}
    />
  );
}
