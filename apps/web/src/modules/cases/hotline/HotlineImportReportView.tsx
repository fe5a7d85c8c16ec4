import type { HotlineImportReport, HotlineImportRowResult } from '@linli/shared';
import { Alert, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { ImportResultLayout } from '../../../ui/excel-import/ImportResultLayout';
import { HOTLINE_ROW_STATUS_COLORS, HOTLINE_ROW_STATUS_LABELS } from './hotline-format';

/** The hotline import report: totals and the per-row table, filterable to the rows that were not turned into cases. */
export function HotlineImportReportView({ report }: { report: HotlineImportReport }) {
  return (
    <ImportResultLayout<HotlineImportRowResult>
      summary={
        report.rejected > 0 ? (
          <Alert
            type="warning"
            showIcon
            message={`有 ${report.rejected} 行未导入`}
            description="请按下表“说明”修改这些行后重新上传；已建单的工单重复上传会标为“重复”，不会重复建单。"
          />
        ) : (
          <Alert
            type="success"
            showIcon
            message={`导入完成：${report.created} 张工单已转为案件${report.duplicate ? `，${report.duplicate} 张此前已导入` : ''}。`}
          />
        )
      }
      totals={[
        { title: '总行数', value: report.total },
        { title: HOTLINE_ROW_STATUS_LABELS.created, value: report.created, color: '#389e0d' },
        { title: HOTLINE_ROW_STATUS_LABELS.duplicate, value: report.duplicate, color: report.duplicate ? '#d48806' : undefined },
        { title: HOTLINE_ROW_STATUS_LABELS.rejected, value: report.rejected, color: report.rejected ? '#cf1322' : undefined },
      ]}
      rows={report.rows}
      attentionRows={report.rows.filter((r) => r.status !== 'created')}
      attentionLabel="重复和未导入"
      startOnAttention={report.rejected > 0}
      emptyAll="表格中没有数据行"
      emptyAttention="没有重复或未导入的行"
      scrollX={760}
      columns={[
        { title: '行号', dataIndex: 'row', width: 64 },
        { title: '工单编号', dataIndex: 'orderNo', width: 150, render: (v: string | null) => v ?? '—' },
        {
          title: '结果',
          dataIndex: 'status',
          width: 84,
          render: (s: HotlineImportRowResult['status']) => <Tag color={HOTLINE_ROW_STATUS_COLORS[s]}>{HOTLINE_ROW_STATUS_LABELS[s]}</Tag>,
        },
        {
          title: '案件编号',
          dataIndex: 'caseNo',
          width: 150,
          // The case is linked only when the server names it (a duplicate outside the importer's scope is not).
          render: (v: string | null, r) => (v && r.caseId ? <Link to={`/cases/${r.caseId}`}>{v}</Link> : (v ?? '—')),
        },
        { title: '小区', dataIndex: 'complexName', width: 120, render: (v: string | null) => v ?? '—' },
        { title: '类别', dataIndex: 'categoryName', width: 110, render: (v: string | null) => v ?? '—' },
        {
          title: '说明',
          key: 'why',
          render: (_, r) => r.reason ?? (r.note ? <span style={{ color: 'rgba(0,0,0,0.55)' }}>{r.note}</span> : ''),
        },
      ]}
    />
  );
}
