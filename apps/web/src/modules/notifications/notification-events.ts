import { useEffect, useRef } from 'react';
import { NOTIFICATION_PATHS } from './notification-paths';

/**
 * Calls `onEvent` with the JSON of each notification pushed on the notifications stream
 * (Server-Sent Events, same origin so the session cookie goes along; the browser reconnects by
 * itself). No antd or zod here: the H5 shell uses it too.
 */
export function useNotificationEvents(onEvent: (data: unknown) => void) {
  // The latest callback, without reopening the stream on every render.
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(NOTIFICATION_PATHS.stream, { withCredentials: true });
    source.onmessage = (event: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      latest.current(data);
    };
    return () => source.close();
  }, []);
}
