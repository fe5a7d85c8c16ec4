import { DownloadOutlined } from '@ant-design/icons';
import { MEETING_KIND_LABELS, deliberationEndpoints as ep, type ComplianceRow, type FunnelRow } from '@linli/shared';
import { Button, Card, Col, InputNumber, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { hrefOf } from '../../api/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { useDownload } from '../../ui/use-download';
import { useCompliance, useFunnel } from './deliberation-queries';

const pct = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 1000) / 10}%` : '—');

/** 议事统计: the suggestion funnel per street and community, and each standing meeting's held vs required with the missed dates. */
export function DeliberationReportsPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const funnel = useFunnel({});
  const compliance = useCompliance(year);
  const { busy, download } = useDownload();
  const rows = funnel.data?.items ?? [];
  const top = rows.find((r) => r.level === 'street') ?? rows[0];
  return (
    <>
      <PageHeader
        title="议事统计"
        description="建议漏斗跟着「提交业主大会」这条路走：收集 → 提交 → 通过 → 完成；其他办理途径在右侧各列。应开与实开按各议事会周期的规则计算。"
      />
      {funnel.error ? <ErrorAlert error={funnel.error} onRetry={() => funnel.refetch()} /> : null}
      {top ? (
        <Card style={{ marginBottom: 16 }} title={`${top.nodeName}建议漏斗`}>
          <Row gutter={16}>
            <Col span={6}>
              <Statistic title="收集建议" value={top.collected} suffix="条" />
            </Col>
            <Col span={6}>
              <Statistic title="提交业主大会" value={top.submitted} suffix="条" />
            </Col>
            <Col span={6}>
              <Statistic title="业主大会通过" value={top.passed} suffix={`条（${pct(top.passed, top.submitted)}）`} />
            </Col>
            <Col span={6}>
              <Statistic title="通过后完成" value={top.done} suffix={`条（${pct(top.done, top.passed)}）`} />
            </Col>
          </Row>
        </Card>
      ) : null}
      <Card
        title="各社区建议办理"
        style={{ marginBottom: 16 }}
        extra={
          <Button icon={<DownloadOutlined />} loading={busy} onClick={() => download(hrefOf(ep.funnelExport, { query: {} }), '建议办理漏斗.xlsx')}>
            导出 Excel
          </Button>
        }
      >
        <Table<FunnelRow>
          rowKey="nodeId"
          size="small"
          loading={funnel.isLoading}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: '还没有建议。议事会、走访和居民手机上收集的建议都会计入这里。' }}
          rowClassName={(r) => (r.level === 'street' ? 'ant-table-row-selected' : '')}
          columns={[
            { title: '街道 / 社区', dataIndex: 'nodeName', render: (n: string, r) => (r.level === 'street' ? <strong>{n}</strong> : n) },
            { title: '收集', dataIndex: 'collected' },
            { title: '提交业主大会', dataIndex: 'submitted' },
            { title: '通过', dataIndex: 'passed' },
            { title: '通过后完成', dataIndex: 'done' },
            { title: '即办即销', key: 'solved', render: (_, r) => r.byOutcome.solved },
            { title: '定期追踪', key: 'tracked', render: (_, r) => r.byOutcome.tracked },
            { title: '长期推进', key: 'project', render: (_, r) => r.byOutcome.project },
            { title: '不予采纳', key: 'notAdopted', render: (_, r) => r.byOutcome.notAdopted },
            { title: '待研判', key: 'pending', render: (_, r) => (r.byOutcome.pending ? <Tag color="gold">{r.byOutcome.pending}</Tag> : 0) },
            { title: '已办结（各途径）', dataIndex: 'finished' },
          ]}
        />
      </Card>
      {compliance.error ? <ErrorAlert error={compliance.error} onRetry={() => compliance.refetch()} /> : null}
      <Card
        title="应开与实开"
        extra={
          <Space>
            年度 <InputNumber value={year} min={2020} max={2100} onChange={(v) => v && setYear(v)} />
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          截至 {compliance.data?.until ?? '—'}。取消的和到期未登记召开的都算未开；已召开但纪要未归档的单独计数。
        </Typography.Paragraph>
        <Table<ComplianceRow>
          rowKey="seriesId"
          size="small"
          loading={compliance.isLoading}
          dataSource={compliance.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: '还没有议事会周期。在「议事会」页设立后，这里按规则计算应开场次。' }}
          columns={[
            { title: '社区', dataIndex: 'communityName' },
            { title: '议事会', dataIndex: 'title' },
            { title: '类型', dataIndex: 'kind', render: (k: ComplianceRow['kind']) => MEETING_KIND_LABELS[k] },
            { title: '规则', dataIndex: 'ruleText' },
            { title: '应开', dataIndex: 'required' },
            { title: '实开', dataIndex: 'held', render: (h: number, r) => <Typography.Text type={h < r.required ? 'danger' : undefined}>{h}</Typography.Text> },
            { title: '纪要未归档', dataIndex: 'unclosed', render: (n: number) => (n ? <Tag color="orange">{n}</Tag> : 0) },
            {
              title: '未开日期',
              dataIndex: 'missed',
              render: (m: string[]) =>
                m.length
                  ? m.map((d) => (
                      <Tag key={d} color="red">
                        {d.slice(5)}
                      </Tag>
                    ))
                  : '无',
            },
          ]}
        />
      </Card>
    </>
  );
}
