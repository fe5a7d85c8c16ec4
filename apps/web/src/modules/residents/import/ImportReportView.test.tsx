import type { ImportReport } from '@linli/shared';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/AppProviders';
import { createQueryClient } from '../../../app/query-client';
import { ImportReportView } from './ImportReportView';

const report: ImportReport = {
  total: 4,
  created: 2,
  updated: 1,
  unchanged: 0,
  rejected: 1,
  rows: [
    { row: 2, status: 'created', name: '张建国', reason: null },
    { row: 3, status: 'created', name: '李秀英', reason: null },
    { row: 4, status: 'updated', name: '王芳', reason: null },
    { row: 5, status: 'rejected', name: '赵六', reason: '身份证号校验位不正确' },
  ],
};

function renderReport(r: ImportReport) {
  return render(
    <AppProviders client={createQueryClient()}>
      <ImportReportView report={r} />
    </AppProviders>,
  );
}

function statistic(title: string): string {
  const titleEl = screen.getAllByText(title).find((el) => el.closest('.ant-statistic'));
  const stat = titleEl?.closest('.ant-statistic');
  if (!stat) throw new Error(`no statistic titled ${title}`);
  return stat.querySelector('.ant-statistic-content-value')?.textContent ?? '';
}

describe('import report', () => {
  it('shows the totals as statistics', () => {
    renderReport(report);
    expect(statistic('总行数')).toBe('4');
    expect(statistic('新增')).toBe('2');
    expect(statistic('更新')).toBe('1');
    expect(statistic('无变化')).toBe('0');
    expect(statistic('未导入')).toBe('1');
  });

  it('opens on the rejected rows with their reasons, and shows every row on request', () => {
    renderReport(report);
    const table = () => within(document.querySelector('.ant-table') as HTMLElement);
    expect(table().getByText('赵六')).toBeTruthy();
    expect(table().getByText('身份证号校验位不正确')).toBeTruthy();
    expect(table().queryByText('张建国')).toBeNull();

    fireEvent.click(screen.getByText('全部（4）'));
    expect(table().getByText('张建国')).toBeTruthy();
    expect(table().getAllByText('新增').length).toBe(2);
    expect(screen.getByText('有 1 行未导入')).toBeTruthy();
  });

  it('says so when nothing was rejected', () => {
    renderReport({ ...report, rejected: 0, rows: report.rows.filter((r) => r.status !== 'rejected'), total: 3 });
    expect(screen.getByText('全部行已处理完毕，没有未导入的行。')).toBeTruthy();
    expect(within(document.querySelector('.ant-table') as HTMLElement).getByText('李秀英')).toBeTruthy();
  });
});
