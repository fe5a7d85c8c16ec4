import { FullscreenExitOutlined, FullscreenOutlined, ReloadOutlined } from '@ant-design/icons';
import { CASE_STATS_MAX_YEARS } from '@linli/shared';
import { App, Button, DatePicker, Flex, Tooltip, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { ExportButton } from '../../../ui/export/ExportButton';
import { buildCategoryTree, type CategoryNode } from '../categories/category-tree';
import { useCaseCategories } from '../categories/category-queries';

/** A chosen period, `to` exclusive as the API takes it. */
export interface PeriodValue {
  from: string;
  to: string;
}

type TreeItem = { value: string; title: string; children?: TreeItem[] };

function toTreeItems(nodes: CategoryNode[]): TreeItem[] {
  return nodes.map((c) => ({ value: c.id, title: c.active ? c.name : `${c.name}（已停用）`, children: c.children ? toTreeItems(c.children) : undefined }));
}

/** The period the picker shows for [from, to): the last day is the one before `to`. */
function shown(p: PeriodValue | null): [Dayjs, Dayjs] | null {
  return p ? [dayjs(p.from), dayjs(p.to).subtract(1, 'day')] : null;
}

function presets(): { label: string; value: [Dayjs, Dayjs] }[] {
  const today = dayjs().startOf('day');
  return [
    { label: '本月', value: [today.startOf('month'), today] },
    { label: '近3个月', value: [today.startOf('month').subtract(2, 'month'), today] },
    { label: '近12个月', value: [today.startOf('month').subtract(11, 'month'), today] },
    { label: '今年', value: [today.startOf('year'), today] },
    { label: '去年', value: [today.subtract(1, 'year').startOf('year'), today.subtract(1, 'year').endOf('year').startOf('day')] },
  ];
}

/** Period, category, refresh, full screen and Excel export of the dashboard. */
export function DashboardFilters({
  period,
  onPeriod,
  categoryId,
  onCategory,
  onRefresh,
  refreshing,
  exportFile,
  fullscreen,
  onFullscreen,
}: {
  period: PeriodValue | null;
  onPeriod: (p: PeriodValue | null) => void;
  categoryId: string | undefined;
  onCategory: (id: string | undefined) => void;
  onRefresh: () => void;
  refreshing: boolean;
  exportFile: { href: string; name: string };
  fullscreen: boolean | null;
  onFullscreen: () => void;
}) {
  const { message } = App.useApp();
  const categories = useCaseCategories();
  const treeData = useMemo(() => toTreeItems(buildCategoryTree(categories.data ?? [])), [categories.data]);

  return (
    <Flex gap={8} wrap align="center">
      <DatePicker.RangePicker
        aria-label="统计期间"
        value={shown(period)}
        allowClear={false}
        presets={presets()}
        disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        style={{ width: 250, maxWidth: '100%' }}
        onChange={(range) => {
          const [start, end] = range ?? [];
          if (!start || !end) return;
          if (end.diff(start, 'year', true) > CASE_STATS_MAX_YEARS) {
            message.warning(`统计期间最长${CASE_STATS_MAX_YEARS}年，请缩短后再查`);
            return;
          }
          onPeriod({ from: start.format('YYYY-MM-DD'), to: end.add(1, 'day').format('YYYY-MM-DD') });
        }}
      />
      <TreeSelect
        aria-label="案件类别"
        value={categoryId}
        onChange={(v?: string) => onCategory(v || undefined)}
        treeData={treeData}
        loading={categories.isPending}
        allowClear
        showSearch
        treeNodeFilterProp="title"
        placeholder="全部类别"
        popupMatchSelectWidth={false}
        style={{ width: 170, maxWidth: '100%' }}
      />
      <Tooltip title="刷新（每5分钟自动刷新）">
        <Button aria-label="刷新" icon={<ReloadOutlined spin={refreshing} />} onClick={onRefresh} />
      </Tooltip>
      {fullscreen !== null && (
        <Tooltip title={fullscreen ? '退出全屏' : '全屏展示'}>
          <Button
            aria-label={fullscreen ? '退出全屏' : '全屏展示'}
            icon={fullscreen ? <FullscreenExitOutlined /> : <FullscreenOutlined />}
            onClick={onFullscreen}
          />
        </Tooltip>
      )}
      <ExportButton type="primary" target={{ file: exportFile }} />
    </Flex>
  );
}
