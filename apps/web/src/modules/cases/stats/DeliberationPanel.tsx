import { RightOutlined } from '@ant-design/icons';
import type { DeliberationAreaFiguresResponse } from '@linli/shared';
import { Col, Row, Table, type TableColumnsType } from 'antd';
import { SCREEN } from './chart-options';
import { FigureTile } from './FigureTile';
import { pct, useDeliberationAreaFigures, type AreaPeriod } from './module-figures-queries';
import { PanelEmpty, ScreenPanel } from './ScreenPanel';

type Child = DeliberationAreaFiguresResponse['children'][number];

/** The suggestion list of the area: a community's own, or the whole list of a larger area. */
function suggestionsHref(node: DeliberationAreaFiguresResponse['node']): string {
  return node.kind === 'community' ? `/deliberation/suggestions?communityId=${node.id}` : '/deliberation/suggestions';
}

/**
 * 协商议事 on the command-centre screen: meetings held vs required in the period, the suggestion
 * funnel 收集 → 提交业主大会 → 通过 → 完成 and the share solved, for the selected area; each figure opens
 * the module's page, each child area's row drills the screen down like the heat table.
 */
export function DeliberationPanel({ area, childWord, onDrill }: { area: AreaPeriod; childWord: string | null; onDrill: (child: Child) => void }) {
  const q = useDeliberationAreaFigures(area, true);
  const data = q.data;
  if (q.isError) return <ScreenPanel title="协商议事">{<PanelEmpty height={160} text="议事数据暂时无法加载，请稍后刷新" />}</ScreenPanel>;
  if (!data) return <ScreenPanel title="协商议事">{<PanelEmpty height={160} text="正在加载…" />}</ScreenPanel>;
  const { meetings, suggestions: s } = data.total;
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
          aria-label={`查看${name}的议事情况`}
          style={{ color: '#8cc8ff', whiteSpace: 'nowrap' }}
        >
          {name}
        </a>
      ),
    },
    { title: '实开/应开', key: 'meetings', align: 'right', render: (_, r) => `${r.figures.meetings.held}/${r.figures.meetings.required}` },
    { title: '收集', key: 'collected', align: 'right', render: (_, r) => r.figures.suggestions.collected },
    { title: '提交', key: 'submitted', align: 'right', responsive: ['sm'], render: (_, r) => r.figures.suggestions.submitted },
    { title: '通过', key: 'passed', align: 'right', responsive: ['sm'], render: (_, r) => r.figures.suggestions.passed },
    { title: '完成', key: 'done', align: 'right', responsive: ['sm'], render: (_, r) => r.figures.suggestions.done },
    { title: '办结率', key: 'solved', align: 'right', render: (_, r) => pct(r.figures.suggestions.solvedRate) },
    { key: 'go', width: 28, render: () => <RightOutlined style={{ color: SCREEN.muted, fontSize: 11 }} /> },
  ];
  const missed = meetings.required - meetings.held;
  return (
    <ScreenPanel title={`协商议事${data.children.length ? '（点击下钻）' : ''}`} style={{ height: 'auto' }}>
      <Row gutter={[8, 8]} style={{ marginBottom: 8 }}>
        <Col xs={12} sm={6}>
          <FigureTile
            label="议事会 实开/应开"
            value={`${meetings.held}/${meetings.required}`}
            sub={missed > 0 ? `漏开 ${missed} 次` : '按规则开齐'}
            color={missed > 0 ? SCREEN.warning : SCREEN.text}
            to="/deliberation/reports"
          />
        </Col>
        <Col xs={12} sm={6}>
          <FigureTile label="纪要待归档" value={meetings.unclosed} sub="已召开未结束" to="/deliberation/meetings" />
        </Col>
        <Col xs={12} sm={6}>
          <FigureTile label="建议办结率" value={pct(s.solvedRate)} sub={`${s.finished}/${s.collected} 条`} to={suggestionsHref(data.node)} />
        </Col>
        <Col xs={12} sm={6}>
          <FigureTile label="收集建议" value={s.collected} sub="本期收集" to={suggestionsHref(data.node)} />
        </Col>
      </Row>
      <div aria-label="建议办理漏斗" style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap', marginBottom: 8, color: SCREEN.muted }}>
        {(
          [
            ['收集', s.collected],
            ['提交业主大会', s.submitted],
            ['通过', s.passed],
            ['完成', s.done],
          ] as const
        ).map(([label, n], i) => (
          <span key={label} style={{ whiteSpace: 'nowrap' }}>
            {i > 0 && <span style={{ margin: '0 6px' }}>→</span>}
            {label} <strong style={{ color: SCREEN.text, fontVariantNumeric: 'tabular-nums' }}>{n}</strong>
          </span>
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
