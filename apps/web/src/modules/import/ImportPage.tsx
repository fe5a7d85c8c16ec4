import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Collapse, Flex, Grid, Progress, Space, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { PageHeader } from '../../ui/PageHeader';
import { useDownload } from '../../ui/use-download';
import { ImportReportView } from './ImportReportView';
import { TEMPLATE_PATH, useImportLedger } from './import-queries';
import { LedgerColumnsHelp } from './LedgerColumnsHelp';

const MAX_BYTES = 10 * 1024 * 1024; // the server's upload limit

/** 一张表导入: explain the ledger, download the template, upload an .xlsx and read the per-row report. */
export function ImportPage() {
  const { message } = App.useApp();
  const { busy, download } = useDownload();
  const importer = useImportLedger();
  const [fileName, setFileName] = useState<string | null>(null);
  const uploading = importer.isPending;
  const isPhone = Grid.useBreakpoint().md === false;
  const [helpOpen, setHelpOpen] = useState(true);

  // On a phone the upload box comes first; the column help is one tap away. (Breakpoints are known
  // only after the first render.)
  useEffect(() => {
    if (isPhone) setHelpOpen(false);
  }, [isPhone]);
  const reportRef = useRef<HTMLDivElement>(null);

  // A fresh report replaces the column help, and is brought into view (it sits below the upload box).
  useEffect(() => {
    if (!importer.data) return;
    setHelpOpen(false);
    reportRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  }, [importer.data]);

  return (
    <>
      <PageHeader
        title="一张表导入"
        description="把住户台账（一张表）一次导入系统：按房屋建户、按身份证号识别居民，已登记的居民会更新而不会重复。"
        extra={
          <Button icon={<DownloadOutlined />} loading={busy} onClick={() => download(TEMPLATE_PATH, '住户台账模板.xlsx')}>
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
            items={[{ key: 'columns', label: '台账各列怎么填', children: <LedgerColumnsHelp /> }]}
          />
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            disabled={uploading}
            beforeUpload={(file) => {
              if (!file.name.toLowerCase().endsWith('.xlsx')) {
                message.error('请上传 .xlsx 格式的台账（可先下载模板填写）');
                return Upload.LIST_IGNORE;
              }
              if (file.size > MAX_BYTES) {
                message.error('文件超过 10MB，请按网格拆分后分批上传');
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file }) => {
              const f = file as File;
              setFileName(f.name);
              importer.mutate(f, {
                onSuccess: (report) => message.success(`导入完成：新增 ${report.created} 行，更新 ${report.updated} 行，未导入 ${report.rejected} 行`),
              });
            }}
            style={{ marginTop: 16 }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或把台账文件拖到这里上传</p>
            <p className="ant-upload-hint">只支持 .xlsx，第一行为列名，列的顺序与模板一致</p>
          </Upload.Dragger>
          {uploading && (
            <Flex vertical gap={4} style={{ marginTop: 16 }} aria-live="polite">
              <Typography.Text>
                {importer.progress < 100 ? `正在上传 ${fileName ?? ''}…` : '上传完成，正在逐行校验并写入，请稍候…'}
              </Typography.Text>
              <Progress percent={importer.progress} status="active" />
            </Flex>
          )}
          {importer.isError && (
            <Alert type="error" showIcon message="导入失败" description={errorMessage(importer.error)} style={{ marginTop: 16 }} />
          )}
        </Card>
        {importer.data && (
          <div ref={reportRef}>
            <Card variant="borderless" title={`导入结果${fileName ? `：${fileName}` : ''}`}>
              <ImportReportView report={importer.data} />
            </Card>
          </div>
        )}
      </Space>
    </>
  );
}
