import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Collapse, Flex, Grid, Progress, Space, Typography, Upload } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { errorMessage } from '../../api/api-error';
import { PageHeader } from '../PageHeader';
import { useDownload } from '../use-download';
import type { ExcelUpload } from './use-excel-upload';

// The server refuses uploads over 10 MB (apps/server/src/app.ts); say so before sending.
const MAX_BYTES = 10 * 1024 * 1024;

/** The words one import page uses; everything else about the page is the same for every import. */
export interface ExcelImportCopy {
  title: string;
  description: string;
  templatePath: string;
  templateFileName: string;
  helpLabel: string;
  dropText: string;
  dropHint: string;
  /** Said when the chosen file is not an .xlsx. */
  wrongType: string;
  /** Said when the file is over 10 MB: how to split it. */
  tooLarge: string;
  /** Shown once the upload is done and the server works through the rows. */
  processing: string;
}

/** Props of {@link ExcelImportPanel}. */
export interface ExcelImportPanelProps<R> {
  copy: ExcelImportCopy;
  help: ReactNode;
  upload: ExcelUpload<R>;
  successMessage: (report: R) => string;
  renderReport: (report: R) => ReactNode;
}

/** One Excel import page: the column help, the template download, the upload box with progress, and the per-row report. */
export function ExcelImportPanel<R>({ copy, help, upload, successMessage, renderReport }: ExcelImportPanelProps<R>) {
  const { message } = App.useApp();
  const { busy, download } = useDownload();
  const [fileName, setFileName] = useState<string | null>(null);
  const isPhone = Grid.useBreakpoint().md === false;
  const [helpOpen, setHelpOpen] = useState(true);
  const reportRef = useRef<HTMLDivElement>(null);

  // On a phone the upload box comes first; the column help is one tap away. (Breakpoints are known
  // only after the first render.)
  useEffect(() => {
    if (isPhone) setHelpOpen(false);
  }, [isPhone]);

  // A fresh report replaces the column help, and is brought into view (it sits below the upload box).
  useEffect(() => {
    if (!upload.data) return;
    setHelpOpen(false);
    reportRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  }, [upload.data]);

  return (
    <>
      <PageHeader
        title={copy.title}
        description={copy.description}
        extra={
          <Button icon={<DownloadOutlined />} loading={busy} onClick={() => download(copy.templatePath, copy.templateFileName)}>
            下载模板
          </Button>
        }
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card variant="borderless">
          <Collapse
            ghost
            activeKey={helpOpen ? ['columns'] : []}
            onChange={(keys) => setHelpOpen(keys.includes('columns'))}
            items={[{ key: 'columns', label: copy.helpLabel, children: help }]}
          />
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            disabled={upload.isPending}
            beforeUpload={(file) => {
              if (!file.name.toLowerCase().endsWith('.xlsx')) {
                message.error(copy.wrongType);
                return Upload.LIST_IGNORE;
              }
              if (file.size > MAX_BYTES) {
                message.error(copy.tooLarge);
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file }) => {
              const f = file as File;
              setFileName(f.name);
              upload.mutate(f, { onSuccess: (report) => message.success(successMessage(report)) });
            }}
            style={{ marginTop: 16 }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{copy.dropText}</p>
            <p className="ant-upload-hint">{copy.dropHint}</p>
          </Upload.Dragger>
          {upload.isPending && (
            <Flex vertical gap={4} style={{ marginTop: 16 }} aria-live="polite">
              <Typography.Text>{upload.progress < 100 ? `正在上传 ${fileName ?? ''}…` : copy.processing}</Typography.Text>
              <Progress percent={upload.progress} status="active" />
            </Flex>
          )}
          {upload.isError && <Alert type="error" showIcon message="导入失败" description={errorMessage(upload.error)} style={{ marginTop: 16 }} />}
        </Card>
        {upload.data && (
          <div ref={reportRef}>
            <Card variant="borderless" title={`导入结果${fileName ? `：${fileName}` : ''}`}>
              {renderReport(upload.data)}
            </Card>
          </div>
        )}
      </Space>
    </>
  );
}
