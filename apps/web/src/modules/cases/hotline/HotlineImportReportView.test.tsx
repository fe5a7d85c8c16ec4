import { hotlineImportReport, type HotlineImportReport } from '@linli/shared';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/AppProviders';
import { createQueryClient } from '../../../app/query-client';
import { HotlineImportReportView } from './HotlineImportReportView';

const report: HotlineImportReport = hotlineImportReport.parse({
  total: 3,
  created: 1,
  duplicate: 1,
  rejected: 1,
  rows: [
    {
      row: 2,
      orderNo: 'RX20260301001',
      status: 'created',
      caseId: 'c1',
      caseNo: 'AJ2026030001',
      complexName: '青秋家园',
      categoryName: '路灯',
      reason: null,
      note: '未匹配到楼栋',
    },
    {
      row: 3,
      orderNo: 'RX20260301002',
      status: 'duplicate',
      caseId: 'c0',
      caseNo: 'AJ2026020009',
      complexName: null,
      categoryName: null,
      reason: '该工单已于此前导入',
      note: null,
    },
    { row: 4, orderNo: null, status: 'rejected', caseId: null, caseNo: null, complexName: null, categoryName: null, reason: '缺少工单编号', note: null },
  ],
});

function statistic(title: string): string {
  const stat = screen
    .getAllByText(title)
    .find((el) => el.closest('.ant-statistic'))
    ?.closest('.ant-statistic');
  if (!stat) throw new Error(`no statistic titled ${title}`);
  return stat.querySelector('.ant-statistic-content-value')?.textContent ?? '';
}

describe('hotline import report', () => {
  it('shows the totals and opens on the rows that did not become cases', () => {
    render(
      <AppProviders client={createQueryClient()}>
        <MemoryRouter>
          <HotlineImportReportView report={report} />
        </MemoryRouter>
      </AppProviders>,
    );
    expect(statistic('总行数')).toBe('3');
    expect(statistic('已建单')).toBe('1');
    expect(statistic('重复')).toBe('1');
    expect(statistic('未导入')).toBe('1');
    expect(screen.getByText('有 1 行未导入')).toBeTruthy();
    const table = () => within(document.querySelector('.ant-table') as HTMLElement);
    expect(table().getByText('缺少工单编号')).toBeTruthy();
    expect(table().getByText('该工单已于此前导入')).toBeTruthy();
    expect(table().queryByText('AJ2026030001')).toBeNull();

    fireEvent.click(screen.getByText('全部（3）'));
    expect(table().getByText('AJ2026030001').closest('a')?.getAttribute('href')).toBe('/cases/c1');
    expect(table().getByText('未匹配到楼栋')).toBeTruthy();
  });
});
