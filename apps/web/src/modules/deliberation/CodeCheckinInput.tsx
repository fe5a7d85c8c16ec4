import { App, Input } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { useCodeCheckin } from './deliberation-queries';

/** Staff type (or scan from a registrant's phone) a registration code 报名码 to check them in. */
export function CodeCheckinInput({ meetingId, size, width = 320 }: { meetingId: string; size?: 'large'; width?: number }) {
  const checkin = useCodeCheckin(meetingId);
  const [code, setCode] = useState('');
  const { message } = App.useApp();
  return (
    <Input.Search
      placeholder="输入或扫描报名码签到"
      aria-label="报名码"
      value={code}
      size={size}
      onChange={(e) => setCode(e.target.value)}
      enterButton="签到"
      loading={checkin.isPending}
      style={{ width }}
      onSearch={async (v) => {
        try {
          const r = await checkin.mutateAsync(v);
          message.success(`${r.userName} 已签到`);
          setCode('');
        } catch (error) {
          message.error(errorMessage(error));
        }
      }}
    />
  );
}
