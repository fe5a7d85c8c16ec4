import { IMPORT_STATUS_LABELS, type ImportReport, type ImportRowResult } from '@linli/shared';
import { Alert, Tag } from 'antd';
import { ImportResultLayout } from '../../../ui/excel-import/ImportResultLayout';
import { IMPORT_STATUS_COLORS } from './import-status';

/** The ledger import report: totals and the per-row table, opening on the rejected rows when there are any. */
export function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <ImportResultLayout<ImportRowResult>
      summary={
        report.rejected > 0 ? (
          <Alert
            type="warning"
            showIcon
            message={`有 ${report.rejected} 行未导入`}
            description="请按下表“原因”修改台账中的这些行，再重新上传；已导入的行重复上传不会重复登记。"
          />
        ) : (
          <Alert type="success" showIcon message="全部行已处理完毕，没有未导入的行。" />
        )
      }
      totals={[
        { title: '总行数', value: report.total },
        { title: IMPORT_STATUS_LABELS.created, value: report.created, color: '#389e0d' },
        { title: IMPORT_STATUS_LABELS.updated, value: report.updated, color: '#1677ff' },
        { title: IMPORT_STATUS_LABELS.unchanged, value: report.unchanged },
        { title: IMPORT_STATUS_LABELS.rejected, value: report.rejected, color: report.rejected ? '#cf1322' : undefined },
      ]}
      rows={report.rows}
      // eslint-disable-next-line linli/no-state-literals -- an import row's outcome, not a lifecycle state
      attentionRows={report.rows.filter((r) => r.status === 'rejected')}
      attentionLabel="只看未导入"
      startOnAttention={report.rejected > 0}
      emptyAll="台账中没有数据行"
      emptyAttention="没有未导入的行"
      scrollX={520}
      columns={[
        { title: '行号', dataIndex: 'row', width: 72 },
        { title: '姓名', dataIndex: 'name', width: 110, render: (v: string | null) => v ?? '—' },
        {
          title: '结果',
          dataIndex: 'status',
          width: 90,
          render: (s: ImportRowResult['status']) => <Tag color={IMPORT_STATUS_COLORS[s]}>{IMPORT_STATUS_LABELS[s]}</Tag>,
        },
        { title: '原因', dataIndex: 'reason', render: (v: string | null) => v ?? '' },
      ]}
    />
  );
}
