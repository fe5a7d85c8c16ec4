import { DISPUTE_SOURCES, DISPUTE_SOURCE_LABELS, MEDIATION_FIGURE_FORMULAS, type MediationFiguresResponse } from '@linli/shared';
import { Card, Col, DatePicker, Progress, Row, Statistic, Table, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { percent } from './mediation-format';
import { useMediationFigures } from './mediation-queries';

type Figures = MediationFiguresResponse['total'];
const RATES = ['successRate', 'preLitigationRate', 'onTimeRate', 'performanceRate', 'followUpRate', 'confirmationRate'] as const;

/** One rate tile: the number, the counts it comes from, and its formula on hover (each formula is stated once, in shared). */
function RateTile({ name, figures }: { name: (typeof RATES)[number]; figures: Figures }) {
  const rate = figures[name];
  const f = MEDIATION_FIGURE_FORMULAS[name];
  return (
    <Card variant="borderless" size="small">
      <Tooltip title={f.formula}>
        <Statistic title={f.label} value={percent(rate)} />
      </Tooltip>
      <Typography.Text type="secondary">
        {rate.numerator} / {rate.denominator} 件
      </Typography.Text>
    </Card>
  );
}

/** 调解统计: the year's figures of the caller's area with each formula, the source structure, screening, and every community side by side. */
export function MediationFiguresPage() {
  const [year, setYear] = useState(dayjs().year());
  const figures = useMediationFigures(year);
  const total = figures.data?.total;
  return (
    <>
      <PageHeader
        title="调解统计"
        description="按年度从纠纷台账计算：调解成功率、诉前调解率、按期调结率、协议履行率、回访率、司法确认率和来源结构。鼠标移到数字上可看计算口径。"
        extra={<DatePicker picker="year" allowClear={false} value={dayjs(`${year}-01-01`)} onChange={(d) => d && setYear(d.year())} />}
      />
      {figures.error ? <ErrorAlert error={figures.error} onRetry={() => figures.refetch()} /> : null}
      {total ? (
        <>
          <Row gutter={[12, 12]}>
            <Col flex="1 0 150px">
              <Card variant="borderless" size="small">
                <Statistic title="登记纠纷" value={total.received} suffix="件" />
                <Typography.Text type="secondary">调结 {total.concluded} 件</Typography.Text>
              </Card>
            </Col>
            {RATES.map((name) => (
              <Col flex="1 0 150px" key={name}>
                <RateTile name={name} figures={total} />
              </Col>
            ))}
          </Row>
          <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
            <Col xs={24} lg={14}>
              <Card variant="borderless" title={MEDIATION_FIGURE_FORMULAS.sources.label} size="small">
                {DISPUTE_SOURCES.map((s) => (
                  <Row key={s} align="middle" gutter={8}>
                    <Col span={7}>{DISPUTE_SOURCE_LABELS[s]}</Col>
                    <Col span={13}>
                      <Progress percent={total.received ? Math.round((total.sources[s] / total.received) * 1000) / 10 : 0} size="small" />
                    </Col>
                    <Col span={4}>{total.sources[s]} 件</Col>
                  </Row>
                ))}
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card variant="borderless" title={MEDIATION_FIGURE_FORMULAS.screening.label} size="small">
                <Row>
                  <Col span={12}>
                    <Statistic title="排查次数" value={total.screeningRounds} />
                  </Col>
                  <Col span={12}>
                    <Statistic title="排查发现纠纷" value={total.screeningFound} suffix="件" />
                  </Col>
                </Row>
                <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                  {MEDIATION_FIGURE_FORMULAS.screening.formula}
                </Typography.Paragraph>
              </Card>
            </Col>
          </Row>
          <Card variant="borderless" title="各社区" size="small" style={{ marginTop: 12 }}>
            <Table
              rowKey="communityId"
              size="small"
              pagination={false}
              dataSource={figures.data?.communities ?? []}
              locale={{ emptyText: `${year}年您管辖的社区没有登记纠纷。` }}
              columns={[
                { title: '社区', dataIndex: 'communityName' },
                { title: '登记', key: 'received', render: (_, c) => c.figures.received },
                ...RATES.map((name) => ({
                  title: MEDIATION_FIGURE_FORMULAS[name].label,
                  key: name,
                  render: (_: unknown, c: { figures: Figures }) => percent(c.figures[name]),
                })),
                { title: '排查', key: 'screening', render: (_, c) => `${c.figures.screeningRounds}次/${c.figures.screeningFound}件` },
              ]}
            />
          </Card>
        </>
      ) : null}
    </>
  );
}
