import { Alert, Button } from 'antd';
import { errorMessage, isForbidden } from '../api/api-error';
import { NoAccessResult } from './NoAccessResult';

/**
 * Shows a failed request's Chinese message, with a retry button when `onRetry` is given; a 403 shows the calm
 * {@link NoAccessResult} instead (no red, no retry), so every page's load-error path treats "not allowed" the same way.
 */
export function ErrorAlert({ error, onRetry, title = '加载失败' }: { error: unknown; onRetry?: () => void; title?: string }) {
  if (isForbidden(error)) return <NoAccessResult />;
  return (
    <Alert
      type="error"
      showIcon
      message={title}
      description={errorMessage(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
