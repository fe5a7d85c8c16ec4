import { Button, Result, Spin } from 'antd';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../api/api-error';
import { H5Page } from './H5Page';

/**
 * Where a station's QR lands on a phone (volunteers' activities, meetings): posts the token in `t`
 * once and shows what it did, or why not, with a way on.
 */
export function H5ScanCheckin<R>({
  title,
  scan,
  missingHint,
  success,
  onward,
  onError,
}: {
  title: string;
  scan: UseMutationResult<R, unknown, string>;
  /** Where to find the code, when the page was opened without one. */
  missingHint: string;
  success: (r: R) => { title: string; subTitle: string };
  onward: { label: string; to: string };
  onError: { label: string; to: string };
}) {
  const [params] = useSearchParams();
  const token = params.get('t') ?? '';
  const navigate = useNavigate();
  const sent = useRef(false);
  const { mutate } = scan;
  useEffect(() => {
    // Strict mode mounts twice in development; the token must be posted only once.
    if (sent.current || !token) return;
    sent.current = true;
    mutate(token);
  }, [mutate, token]);
  const shown = scan.data === undefined ? null : success(scan.data);
  return (
    <H5Page title={title}>
      {!token ? <Result status="warning" title="没有读到二维码" subTitle={missingHint} /> : null}
      {scan.isPending ? <Spin /> : null}
      {shown ? (
        <Result status="success" title={shown.title} subTitle={shown.subTitle} extra={<Button onClick={() => navigate(onward.to)}>{onward.label}</Button>} />
      ) : null}
      {scan.error ? (
        <Result
          status="error"
          title="签到未成功"
          subTitle={errorMessage(scan.error)}
          extra={<Button onClick={() => navigate(onError.to)}>{onError.label}</Button>}
        />
      ) : null}
    </H5Page>
  );
}
