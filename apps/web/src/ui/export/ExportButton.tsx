import { DownloadOutlined, HistoryOutlined } from '@ant-design/icons';
import { EXPORT_FAILED, EXPORT_READY, type ExportJobView } from '@linli/shared';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Empty, List, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../../api/client';
import { ApiError, errorMessage } from '../../api/api-error';
import { ErrorAlert } from '../ErrorAlert';
import { ExportJobItem } from './ExportJobItem';
import { exportFileHref, exportKeys, retryExport, useMyExports } from './export-queries';

/** What the button exports: a small file served at once (figures, one level of the tree), or a whole list through an export job. */
export type ExportTarget = { file: { href: string; name: string } } | { job: () => Promise<ExportJobView> };

/**
 * THE export button of every page. A small export downloads at once. A list export asks the server for an
 * export job: one that fits a request comes back finished and downloads at once; a larger one is written in
 * the background while the 我的导出 drawer shows its progress, then 下载; a failure says why and offers 重试.
 */
export function ExportButton({
  target,
  disabled,
  label = '导出Excel',
  hint,
  type,
}: {
  target: ExportTarget;
  disabled?: boolean;
  label?: string;
  hint?: string;
  /** `primary` on the dark dashboard screen. */
  type?: 'primary';
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const mine = useMyExports(open);

  const fetchFile = async (job: ExportJobView) => {
    setBusy(true);
    try {
      await downloadFile(exportFileHref(job), job.fileName ?? `${job.title}.xlsx`);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  /** A job answered finished downloads now; a running one opens the drawer to follow it. */
  const follow = async (job: ExportJobView) => {
    await queryClient.invalidateQueries({ queryKey: exportKeys.mine });
    if (job.state === EXPORT_READY) {
      message.success(`已导出 ${job.rowsDone.toLocaleString('zh-CN')} 条`);
      await fetchFile(job);
    } else if (job.state === EXPORT_FAILED) {
      message.error(job.error ?? '导出失败，请重试');
      setOpen(true);
    } else {
      message.info(`共 ${job.rowsTotal.toLocaleString('zh-CN')} 条，正在后台生成，完成后可在“我的导出”下载`);
      setOpen(true);
    }
  };

  const start = async () => {
    setBusy(true);
    try {
      if ('file' in target) {
        await downloadFile(target.file.href, target.file.name);
        return;
      }
      const job = await target.job();
      setBusy(false);
      await follow(job);
    } catch (error) {
      message.error(errorMessage(error));
      // Already writing one: the drawer shows it.
      if (error instanceof ApiError && error.code === 'CONFLICT') setOpen(true);
    } finally {
      setBusy(false);
    }
  };

  const retry = async (job: ExportJobView) => {
    setBusy(true);
    try {
      const again = await retryExport(job);
      setBusy(false);
      await follow(again);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const button = (
    <Button type={type} icon={<DownloadOutlined />} loading={busy} disabled={disabled} onClick={() => void start()}>
      {label}
    </Button>
  );
  if ('file' in target) return hint ? <Tooltip title={hint}>{button}</Tooltip> : button;
  return (
    <>
      <Space.Compact>
        {hint ? <Tooltip title={hint}>{button}</Tooltip> : button}
        <Tooltip title="我的导出">
          <Button aria-label="我的导出" icon={<HistoryOutlined />} onClick={() => setOpen(true)} />
        </Tooltip>
      </Space.Compact>
      <Drawer title="我的导出" open={open} onClose={() => setOpen(false)} width={420}>
        {mine.error ? (
          <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />
        ) : (
          <List
            loading={mine.isPending}
            dataSource={mine.data?.items ?? []}
            locale={{ emptyText: <Empty description="还没有导出记录。在列表页点“导出Excel”，大的导出会在这里显示进度和下载。" /> }}
            renderItem={(job) => (
              <List.Item key={job.id}>
                <ExportJobItem job={job} busy={busy} onDownload={(j) => void fetchFile(j)} onRetry={(j) => void retry(j)} />
              </List.Item>
            )}
          />
        )}
      </Drawer>
    </>
  );
}
