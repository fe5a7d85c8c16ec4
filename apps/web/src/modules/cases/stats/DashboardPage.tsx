import { ClockCircleOutlined, FieldTimeOutlined, WarningOutlined } from '@ant-design/icons';
import { MEDIATION_STAFF_ROLES, NODE_KIND_LABELS, postRolesWith, type CaseStatsResponse } from '@linli/shared';
import { Alert, Breadcrumb, Col, ConfigProvider, Flex, Grid, Row, Segmented, Skeleton, Spin, theme, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { hasAnyRole, useMe } from '../../auth';
import { categoryOption, SCREEN, stateBars, stateOption, tierOption, tierSlices, trendOption, type HeatSort } from './chart-options';
import { CaseMapPanel } from './CaseMapPanel';
import { ChildHeatTable } from './ChildHeatTable';
import { ClosureSpeed } from './ClosureSpeed';
import { DashboardFilters, type PeriodValue } from './DashboardFilters';
import { DeliberationPanel } from './DeliberationPanel';
import type { ChartOption } from './chart-option';
import { EChart } from './EChart';
import { KpiCards } from './KpiCards';
import { MediationPanel } from './MediationPanel';
import { periodText } from './kpi';
import { PanelEmpty, ScreenPanel } from './ScreenPanel';
import { statsPath, useCaseStats, type StatsFilters } from './stats-queries';

/** One step of the drill-down path; the first step (no id) is the caller's own top node. */
interface Step {
  id?: string;
  name: string;
}

const CHILD_WORD: Record<CaseStatsResponse['node']['kind'], string | null> = {
  district: '街道',
  street: '社区',
  community: '网格',
  grid: null,
  department: null,
};

// The command-centre look: a dark screen inside the console, party red kept as the accent.
const screenTheme = {
  algorithm: theme.darkAlgorithm,
  token: { colorPrimary: '#c8161d', colorBgContainer: '#10264a', colorBgElevated: '#132d57', colorBorderSecondary: 'rgba(58,142,230,0.2)', borderRadius: 6 },
  components: { Table: { headerBg: 'rgba(58,142,230,0.12)', rowHoverBg: 'rgba(58,142,230,0.16)' } },
};

const CHART_HEIGHT = 260;

/** Who sees the 协商议事 panel: those who may read the deliberation figures. */
const DELIBERATION_STATS_ROLES = postRolesWith('deliberationStats', 'read');

function useFullscreen(target: RefObject<HTMLElement | null>): { on: boolean | null; toggle: () => void } {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const sync = () => setOn(document.fullscreenElement === target.current && target.current !== null);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, [target]);
  const supported = typeof document !== 'undefined' && typeof document.documentElement.requestFullscreen === 'function';
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void target.current?.requestFullscreen();
  };
  return { on: supported ? on : null, toggle };
}

function StatusStrip({ stats }: { stats: CaseStatsResponse }) {
  const item = (icon: ReactNode, label: string, value: string, color: string) => (
    <span style={{ whiteSpace: 'nowrap' }}>
      <span style={{ color }}>{icon}</span> <span style={{ color: SCREEN.muted }}>{label}</span>{' '}
      <strong style={{ color, fontSize: 16, fontVariantNumeric: 'tabular-nums' }}>{value}</strong>
    </span>
  );
  const w = stats.whistles;
  return (
    <Flex wrap gap="4px 20px" align="center" style={{ marginBottom: 12 }}>
      {item(<WarningOutlined />, '当前超期', `${stats.openOverdue} 件`, stats.openOverdue ? SCREEN.overdue : SCREEN.text)}
      {item(<ClockCircleOutlined />, '临期预警', `${stats.openWarning} 件`, stats.openWarning ? SCREEN.warning : SCREEN.text)}
      {item(<FieldTimeOutlined />, '吹哨', `${w.count} 次`, SCREEN.text)}
      <span style={{ color: SCREEN.muted, whiteSpace: 'nowrap' }}>
        部门按时报到 {w.departmentsReportedOnTime}/{w.departmentsWhistled}
      </span>
      <span style={{ color: SCREEN.muted, whiteSpace: 'nowrap' }}>统计期间 {periodText(stats.period)}</span>
    </Flex>
  );
}

function HeatSortSwitch({ value, onChange }: { value: HeatSort; onChange: (v: HeatSort) => void }) {
  return (
    <Segmented<HeatSort>
      size="small"
      value={value}
      onChange={onChange}
      options={[
        { value: 'overdue', label: '按超期' },
        { value: 'received', label: '按受理' },
        { value: 'onTime', label: '按期率低' },
      ]}
    />
  );
}

function StatePanel({ stats, option }: { stats: CaseStatsResponse; option: ChartOption }) {
  return (
    <ScreenPanel title="在办案件环节分布（实时）" style={{ height: 'auto' }}>
      {stateBars(stats.byState).length ? (
        <EChart option={option} height={200} label="当前在办案件按环节分布" />
      ) : (
        <PanelEmpty height={200} text="当前没有在办案件" />
      )}
    </ScreenPanel>
  );
}

function isEmptyPeriod(s: CaseStatsResponse): boolean {
  return s.counts.received === 0 && s.counts.closed === 0 && s.byState.every((x) => x.count === 0);
}

function ScreenSkeleton() {
  return (
    <Row gutter={[12, 12]} aria-busy="true" aria-label="正在加载统计">
      <Col xs={24}>
        <Skeleton active paragraph={{ rows: 1 }} />
      </Col>
      {Array.from({ length: 6 }, (_, i) => (
        <Col key={i} xs={12} md={8} lg={4}>
          <Skeleton.Button active block style={{ height: 96 }} />
        </Col>
      ))}
      <Col xs={24} lg={16}>
        <Skeleton.Node active style={{ width: '100%', height: CHART_HEIGHT }} />
      </Col>
      <Col xs={24} lg={8}>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Col>
    </Row>
  );
}

/**
 * 指挥中心: the case figures of the caller's area (or department) over a period — headline rates,
 * closure-speed targets, the monthly trend, category mix, tiers, open cases by state and a heat
 * table of the child nodes that drills down from district to grid (DOMAIN §2, §11).
 */
export function DashboardPage() {
  const [trail, setTrail] = useState<Step[]>([{ name: '' }]);
  const [period, setPeriod] = useState<PeriodValue | null>(null);
  const [categoryId, setCategoryId] = useState<string | undefined>();
  const [heatSort, setHeatSort] = useState<HeatSort>('overdue');
  const isPhone = Grid.useBreakpoint().md === false;
  const me = useMe().data;
  const screenRef = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(screenRef);

  const current = trail[trail.length - 1];
  const filters: StatsFilters = { nodeId: current.id, from: period?.from, to: period?.to, categoryId };
  const stats = useCaseStats(filters);
  const data = stats.data;
  const switching = stats.isPlaceholderData;

  const drill = (child: { nodeId: string; name: string }) => {
    if (switching || !data) return;
    setTrail((t) => [...t.slice(0, -1), { ...t[t.length - 1], name: data.node.name }, { id: child.nodeId, name: child.name }]);
  };

  const options = useMemo(
    () =>
      data && {
        trend: trendOption(data.byMonth),
        category: categoryOption(data.byCategory),
        tier: tierOption(data.byTier),
        state: stateOption(data.byState),
      },
    [data],
  );

  const childWord = data ? CHILD_WORD[data.node.kind] : null;
  // Meetings, suggestions and disputes sit on communities: their panels drill no further than a street's communities.
  const moduleChildWord = data && (data.node.kind === 'district' || data.node.kind === 'street') ? childWord : null;
  const area = data && data.node.kind !== 'department' ? { nodeId: data.node.id, from: data.period.from, to: data.period.to } : null;
  const showDeliberation = Boolean(area && me && hasAnyRole(me, DELIBERATION_STATS_ROLES));
  const showMediation = Boolean(area && me && hasAnyRole(me, MEDIATION_STAFF_ROLES));
  const hasChildren = Boolean(childWord && data?.byChild.length);
  const crumbs = trail.map((step, i) => {
    const name = i === trail.length - 1 && data && !switching ? data.node.name : step.name || data?.node.name || '本级';
    const last = i === trail.length - 1;
    return {
      key: step.id ?? 'root',
      title: last ? (
        <span style={{ color: '#fff' }}>{name}</span>
      ) : (
        <a
          href="#"
          onClick={(e) => {
            e.preventDefault();
            setTrail((t) => t.slice(0, i + 1));
          }}
        >
          {name}
        </a>
      ),
    };
  });

  return (
    <ConfigProvider theme={screenTheme}>
      <div
        ref={screenRef}
        style={{
          background: 'radial-gradient(ellipse at top, #143366 0%, #0a1730 60%, #081226 100%)',
          borderRadius: fullscreen.on ? 0 : 8,
          padding: 16,
          color: SCREEN.text,
          minHeight: fullscreen.on ? '100vh' : undefined,
          overflow: fullscreen.on ? 'auto' : undefined,
        }}
      >
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 8 }}>
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={4} style={{ margin: 0, color: '#fff', letterSpacing: 2 }}>
              指挥中心
              {data && (
                <Typography.Text style={{ color: SCREEN.muted, fontSize: 14, marginInlineStart: 12, letterSpacing: 0 }}>
                  {NODE_KIND_LABELS[data.node.kind]}
                </Typography.Text>
              )}
            </Typography.Title>
            <Breadcrumb aria-label="下钻路径" items={crumbs} style={{ marginTop: 4 }} />
          </div>
          <DashboardFilters
            period={period ?? data?.period ?? null}
            onPeriod={setPeriod}
            categoryId={categoryId}
            onCategory={setCategoryId}
            onRefresh={() => void stats.refetch()}
            refreshing={stats.isFetching}
            exportFile={{ href: statsPath(filters, 'xlsx'), name: `案件统计-${data?.node.name ?? ''}.xlsx` }}
            fullscreen={fullscreen.on}
            onFullscreen={fullscreen.toggle}
          />
        </Flex>

        {stats.isError && <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} title="统计数据加载失败" />}
        {!data && stats.isPending && <ScreenSkeleton />}

        {data && options && (
          <Spin spinning={switching} tip="正在切换…">
            <StatusStrip stats={data} />
            {isEmptyPeriod(data) && (
              <Alert type="info" showIcon message="所选期间和范围内没有案件" description="可以换一个统计期间或类别再看。" style={{ marginBottom: 12 }} />
            )}
            <Row gutter={[12, 12]}>
              <Col xs={24} lg={16}>
                <ScreenPanel title="核心指标">
                  <KpiCards stats={data} />
                </ScreenPanel>
              </Col>
              <Col xs={24} lg={8}>
                <ScreenPanel title="结案时效（对标 50% / 80% / 95%）">
                  <ClosureSpeed stats={data} />
                </ScreenPanel>
              </Col>
              {data.node.kind !== 'department' && (
                <Col xs={24}>
                  <CaseMapPanel nodeId={data.node.id} onDrill={drill} />
                </Col>
              )}
              <Col xs={24} lg={16}>
                <ScreenPanel title="月度趋势">
                  {data.byMonth.some((m) => m.received || m.closed || m.overdue) ? (
                    <EChart option={options.trend} height={CHART_HEIGHT} label="月度受理、结案、按期结案和超期案件趋势" />
                  ) : (
                    <PanelEmpty height={CHART_HEIGHT} text="期间内没有案件" />
                  )}
                </ScreenPanel>
              </Col>
              <Col xs={24} lg={8}>
                <ScreenPanel title="热点类别">
                  {data.byCategory.length ? (
                    <EChart option={options.category} height={CHART_HEIGHT} label="受理数最多的案件类别" />
                  ) : (
                    <PanelEmpty height={CHART_HEIGHT} text="期间内没有受理案件" />
                  )}
                </ScreenPanel>
              </Col>
              {hasChildren && (
                <Col xs={24} lg={14}>
                  <ScreenPanel
                    title={`${childWord}热力（点击下钻）`}
                    extra={!isPhone && data.byChild.length > 1 ? <HeatSortSwitch value={heatSort} onChange={setHeatSort} /> : undefined}
                  >
                    {isPhone && data.byChild.length > 1 && (
                      <div style={{ marginBottom: 8 }}>
                        <HeatSortSwitch value={heatSort} onChange={setHeatSort} />
                      </div>
                    )}
                    <ChildHeatTable rows={data.byChild} sortBy={heatSort} onDrill={drill} loading={false} />
                  </ScreenPanel>
                </Col>
              )}
              {/* A grid or a department has no children: its two small charts share the row instead. */}
              <Col xs={24} lg={hasChildren ? 10 : 12}>
                <ScreenPanel title="办结层级（小事不出网格）" style={hasChildren ? { height: 'auto', marginBottom: 12 } : undefined}>
                  {tierSlices(data.byTier).length ? (
                    <EChart option={options.tier} height={200} label="结案案件的最高办理层级分布" />
                  ) : (
                    <PanelEmpty height={200} text="期间内没有结案" />
                  )}
                </ScreenPanel>
                {hasChildren && <StatePanel stats={data} option={options.state} />}
              </Col>
              {!hasChildren && (
                <Col xs={24} lg={12}>
                  <StatePanel stats={data} option={options.state} />
                </Col>
              )}
              {area && showDeliberation && (
                <Col xs={24} xl={showMediation ? 12 : 24}>
                  <DeliberationPanel area={area} childWord={moduleChildWord} onDrill={drill} />
                </Col>
              )}
              {area && showMediation && (
                <Col xs={24} xl={showDeliberation ? 12 : 24}>
                  <MediationPanel area={area} childWord={moduleChildWord} onDrill={drill} />
                </Col>
              )}
            </Row>
          </Spin>
        )}
      </div>
    </ConfigProvider>
  );
}
