import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
// Loaded with every page that parses with zod (the console, and each antd H5 page with its page).
import './zod-jitless';

dayjs.locale('zh-cn');

/** Party red, the colour these consoles are expected to wear. */
const PRIMARY = '#c8161d';

/**
 * antd's Chinese locale and the party-red theme, with App for message/notification hooks. The
 * console wraps everything in it; the light H5 entry loads it only with a page that uses antd.
 */
export function AntdProvider({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: PRIMARY, colorLink: PRIMARY, borderRadius: 6 } }} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
