import { RightOutlined } from '@ant-design/icons';
import { DISPUTE_SOURCES, DISPUTE_SOURCE_LABELS, MEDIATION_FIGURE_FORMULAS, type MediationAreaFiguresResponse } from '@linli/shared';
import { Col, Row, Table, Tooltip, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { SCREEN } from './chart-options';
import { FigureTile } from './FigureTile';
import { pct, useMediationAreaFigures, type AreaPeriod } from './module-figures-queries';
import { PanelEmpty, ScreenPanel } from './ScreenPanel';

type Child = MediationAreaFiguresResponse['children'][number];
type Rate = MediationAreaFiguresResponse['total']['successRate'];
const RATES = ['successRate', 'performanceRate', 'confirmationRate', 'onTimeRate', 'followUpRate'] as const;

/** The dispute list filtered to the area (a community) and a source. */
function disputesHref(node: MediationAreaFiguresResponse['node'], source?: string): string {
  const q = new URLSearchParams();
  if (node.kind === 'community') q.set('communityId', node.id);
  if (source) q.set('source', source);
  return `/mediation/disputes${q.size ? `?${q}` : ''}`;
}

/**
 * 人民调解 on the command-centre screen: 调解成功率, 协议履行率, 司法确认率, 按期调结率 and 回访率 (the
 * mediation module's formulas, named as its figures page names them) and the disputes received by
 * source; counts and rates only. A rate opens the figures page, a source the dispute list filtered to
 * it, a child area's row drills the screen down.
 */
export function MediationPanel({ area, childWord, onDrill }: { area: AreaPeriod; childWord: string | null; onDrill: (child: Child) => void }) {
  const q = useMediationAreaFigures(area, true);
  const data = q.data;
  if (q.isError) return <ScreenPanel title="人民调解">{<PanelEmpty height={160} text="调解数据暂时无法加载，请稍后刷新" />}</ScreenPanel>;
  if (!data) return <ScreenPanel title="人民调解">{<PanelEmpty height={160} text="正在加载…" />}</ScreenPanel>;
  const f = data.total;
  const rateCell = (key: (typeof RATES)[number]) => ({
    // 成功率, 履行率 …: the tiles above carry the full names and formulas.
    title: MEDIATION_FIGURE_FORMULAS[key].label.slice(-3),
    key,
    align: 'right' as const,
    render: (_: unknown, r: Child) => pct(r.figures[key].rate),
  });
  const columns: TableColumnsType<Child> = [
    {
      title: childWord ?? '名称',
      dataIndex: 'name',
      // The full name: a street's or community's name is the row's point, and the rates can wrap instead.
      width: 96,
      render: (name: string, r) => (
        <a
          href="#"
          onClick={(e) => {
            e.preventDefault();
            e.stopPropagation();
            onDrill(r);
          }}
          aria-label={`查看${name}的调解情况`}
          style={{ color: '#8cc8ff', whiteSpace: 'nowrap' }}
        >
          {name}
        </a>
      ),
    },
    { title: '受理', key: 'received', align: 'right', render: (_, r) => r.figures.received },
    rateCell('successRate'),
    { ...rateCell('performanceRate'), responsive: ['sm'] },
    { ...rateCell('confirmationRate'), responsive: ['md'] },
    { ...rateCell('onTimeRate'), responsive: ['sm'] },
    { ...rateCell('followUpRate'), responsive: ['md'] },
    { key: 'go', width: 28, render: () => <RightOutlined style={{ color: SCREEN.muted, fontSize: 11 }} /> },
  ];
  const sub = (r: Rate) => (r.denominator ? `${r.numerator}/${r.denominator} 件` : '期内无可计件数');
  const sources = DISPUTE_SOURCES.filter((s) => f.sources[s] > 0);
  return (
    <ScreenPanel title={`人民调解${data.children.length ? '（点击下钻）' : ''}`} style={{ height: 'auto' }}>
      <Row gutter={[8, 8]} style={{ marginBottom: 8 }}>
        {RATES.map((key) => (
          <Col key={key} xs={12} sm={8} xl={key === 'successRate' ? 8 : 4}>
            <Tooltip title={MEDIATION_FIGURE_FORMULAS[key].formula}>
              <div>
                <FigureTile label={MEDIATION_FIGURE_FORMULAS[key].label} value={pct(f[key].rate)} sub={sub(f[key])} to="/mediation/figures" />
              </div>
            </Tooltip>
          </Col>
        ))}
      </Row>
      <div aria-label="纠纷来源" style={{ display: 'flex', gap: '4px 14px', flexWrap: 'wrap', marginBottom: 8, color: SCREEN.muted }}>
        <span>
          受理 <strong style={{ color: SCREEN.text }}>{f.received}</strong> 件：
        </span>
        {sources.length === 0 && <span>期内没有受理纠纷</span>}
        {sources.map((s) => (
          <Link key={s} to={disputesHref(data.node, s)} style={{ color: '#8cc8ff', whiteSpace: 'nowrap' }}>
            {DISPUTE_SOURCE_LABELS[s]} {f.sources[s]}
          </Link>
        ))}
      </div>
      {data.children.length > 0 && (
        <Table<Child>
          rowKey="nodeId"
          size="small"
          dataSource={data.children}
          columns={columns}
          pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }}
          onRow={(r) => ({ onClick: () => onDrill(r), style: { cursor: 'pointer' } })}
        />
      )}
    </ScreenPanel>
  );
}
