import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Collapse, Flex, Grid, Progress, Space, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { PageHeader } from '../../ui/PageHeader';
import { useDownload } from '../../ui/use-download';
import { HotlineColumnsHelp } from './HotlineColumnsHelp';
import { HotlineImportReportView } from './HotlineImportReportView';
import { HOTLINE_TEMPLATE_PATH, useImportHotline } from './hotline-queries';

// The server refuses uploads over 10 MB (apps/server/src/app.ts); say so before sending.
const MAX_BYTES = 10 * 1024 * 1024;

/** 12345工单导入: download the template, upload the hotline's work-order export and read the per-row report. */
export function HotlineImportPage() {
  const { message } = App.useApp();
  const { busy, download } = useDownload();
  const importer = useImportHotline();
  const [fileName, setFileName] = useState<string | null>(null);
  const uploading = importer.isPending;
  const isPhone = Grid.useBreakpoint().md === false;
  const [helpOpen, setHelpOpen] = useState(true);
  const reportRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (isPhone) setHelpOpen(false);
  }, [isPhone]);

  useEffect(() => {
    if (!importer.data) return;
    setHelpOpen(false);
    reportRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  }, [importer.data]);

  return (
    <>
      <PageHeader
        title="12345工单导入"
        description="把12345热线派来的工单导出表一次导入：每张工单按社区、小区和楼栋建成案件进入办理流程，并计入每月投诉小区排名。"
        extra={
          <Button icon={<DownloadOutlined />} loading={busy} onClick={() => download(HOTLINE_TEMPLATE_PATH, '12345工单导入模板.xlsx')}>
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
            items={[
              {
                key: 'columns',
                label: '工单表各列怎么填（按列名识别，列的顺序可以不同，多余的列会被忽略）',
                children: <HotlineColumnsHelp />,
              },
            ]}
          />
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            disabled={uploading}
            beforeUpload={(file) => {
              if (!file.name.toLowerCase().endsWith('.xlsx')) {
                message.error('请上传 .xlsx 格式的工单表（可先下载模板，或从热线平台导出为 .xlsx）');
                return Upload.LIST_IGNORE;
              }
              if (file.size > MAX_BYTES) {
                message.error('文件超过 10MB，请按月份拆分后分批上传');
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file }) => {
              const f = file as File;
              setFileName(f.name);
              importer.mutate(f, {
                onSuccess: (report) => message.success(`导入完成：建单 ${report.created} 张，重复 ${report.duplicate} 张，未导入 ${report.rejected} 行`),
              });
            }}
            style={{ marginTop: 16 }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或把12345工单表拖到这里上传</p>
            <p className="ant-upload-hint">只支持 .xlsx，第一行为列名；必须有 工单编号、来电时间、诉求内容、所属社区 四列</p>
          </Upload.Dragger>
          {uploading && (
            <Flex vertical gap={4} style={{ marginTop: 16 }} aria-live="polite">
              <Typography.Text>
                {importer.progress < 100 ? `正在上传 ${fileName ?? ''}…` : '上传完成，正在逐行识别社区、小区和类别并建单，请稍候…'}
              </Typography.Text>
              <Progress percent={importer.progress} status="active" />
            </Flex>
          )}
          {importer.isError && <Alert type="error" showIcon message="导入失败" description={errorMessage(importer.error)} style={{ marginTop: 16 }} />}
        </Card>
        {importer.data && (
          <div ref={reportRef}>
            <Card variant="borderless" title={`导入结果${fileName ? `：${fileName}` : ''}`}>
              <HotlineImportReportView report={importer.data} />
            </Card>
          </div>
        )}
      </Space>
    </>
  );
}
