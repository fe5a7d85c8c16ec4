import { App } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../api/client';
import { errorMessage } from '../api/api-error';

/** A download action with a busy flag; failures are shown as a message. */
export function useDownload(): { busy: boolean; download: (path: string, fallbackName: string) => Promise<void> } {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async (path: string, fallbackName: string) => {
    setBusy(true);
    try {
      await downloadFile(path, fallbackName);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, download };
}
