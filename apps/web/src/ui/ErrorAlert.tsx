import { Alert, Button } from 'antd';
import { errorMessage } from '../api/api-error';

/** Shows a failed request's Chinese message, with a retry button when `onRetry` is given. */
export function ErrorAlert({ error, onRetry, title = '加载失败' }: { error: unknown; onRetry?: () => void; title?: string }) {
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
