import { DownloadOutlined, RedoOutlined } from '@ant-design/icons';
import { EXPORT_FAILED, EXPORT_READY, EXPORT_RUNNING, EXPORT_STATE_LABELS, isRetryableExport, type ExportJobView } from '@linli/shared';
import { Alert, Button, Flex, Progress, Tag, Typography } from 'antd';
import { formatDateTime } from '../time-format';

const STATE_COLORS: Record<ExportJobView['state'], string> = { running: 'processing', ready: 'success', failed: 'error', expired: 'default' };

/** Percent written, 0–100 (an empty export is complete at once). */
export function exportPercent(job: Pick<ExportJobView, 'rowsDone' | 'rowsTotal' | 'state'>): number {
  if (job.state === EXPORT_READY) return 100;
  return job.rowsTotal > 0 ? Math.min(99, Math.floor((job.rowsDone / job.rowsTotal) * 100)) : 0;
}

/** One export in the 我的导出 drawer: what and when, progress while written, 下载 when ready, why it failed and 重试. */
export function ExportJobItem({
  job,
  busy,
  onDownload,
  onRetry,
}: {
  job: ExportJobView;
  busy: boolean;
  onDownload: (job: ExportJobView) => void;
  onRetry: (job: ExportJobView) => void;
}) {
  return (
    <Flex vertical gap={8} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text strong>{job.title}</Typography.Text>
        <Tag color={STATE_COLORS[job.state]}>{EXPORT_STATE_LABELS[job.state]}</Tag>
      </Flex>
      <Typography.Text type="secondary">
        {formatDateTime(job.createdAt)} 提交 · 共 {job.rowsTotal.toLocaleString('zh-CN')} 条
      </Typography.Text>
      {job.state === EXPORT_RUNNING && (
        <>
          <Progress percent={exportPercent(job)} status="active" />
          <Typography.Text type="secondary">已写入 {job.rowsDone.toLocaleString('zh-CN')} 条，可以先关掉这里继续工作，稍后在“我的导出”下载。</Typography.Text>
        </>
      )}
      {job.state === EXPORT_READY && (
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text type="secondary">
            {job.rowsDone.toLocaleString('zh-CN')} 条全部导出{job.expiresAt ? `，文件保留到 ${formatDateTime(job.expiresAt)}` : ''}
          </Typography.Text>
          <Button type="primary" icon={<DownloadOutlined />} loading={busy} onClick={() => onDownload(job)}>
            下载
          </Button>
        </Flex>
      )}
      {isRetryableExport(job.state) && (
        <Alert
          type={job.state === EXPORT_FAILED ? 'error' : 'info'}
          showIcon
          message={job.state === EXPORT_FAILED ? (job.error ?? '导出失败') : '文件已过保留期被删除，需要时请重新导出'}
          action={
            <Button size="small" icon={<RedoOutlined />} loading={busy} onClick={() => onRetry(job)}>
              重试
            </Button>
          }
        />
      )}
    </Flex>
  );
}
