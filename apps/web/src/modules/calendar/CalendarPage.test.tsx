import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../app/AppProviders';
import { createQueryClient } from '../../app/query-client';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { CalendarPage } from './CalendarPage';

const year = dayjs().year() + 1;
const overrides = [
  { day: `${year}-10-10`, workday: false, note: '区级调休', officialWorkday: true },
  { day: `${year}-10-11`, workday: true, note: '防汛值守上班', officialWorkday: false },
  { day: `${year}-10-12`, workday: true, note: '重复登记', officialWorkday: true },
  { day: '2020-01-02', workday: false, note: '很久以前的调整', officialWorkday: true },
];

const admin = route('GET', '/api/me', buildMe(['systemAdmin']));

function renderPage() {
  return render(
    <AppProviders client={createQueryClient()}>
      <MemoryRouter>
        <CalendarPage />
      </MemoryRouter>
    </AppProviders>,
  );
}

const rowOf = (text: string) => within(screen.getByText(text).closest('tr') as HTMLElement);

// A whole page with antd's calendar, table and modal: slow to render in jsdom on a busy machine.
describe('working calendar', { timeout: 60_000 }, () => {
  it('lists the coming overrides with the official status beside the local one', async () => {
    fakeApi(admin, route('GET', '/api/calendar/overrides', { items: overrides }));
    renderPage();
    expect(await screen.findByText('区级调休')).toBeTruthy();
    expect(rowOf('区级调休').getByText('休息')).toBeTruthy();
    expect(rowOf('区级调休').getByText('工作日')).toBeTruthy();
    expect(rowOf('防汛值守上班').getByText('上班')).toBeTruthy();
    expect(rowOf('防汛值守上班').getByText('休息日')).toBeTruthy();
    // An override equal to the national calendar changes nothing, and says so.
    expect(rowOf('重复登记').getByText('无变化')).toBeTruthy();
    expect(rowOf('区级调休').queryByText('无变化')).toBeNull();
    expect(screen.getByText(/系统已内置国家法定节假日/)).toBeTruthy();
    // Past overrides are one click away.
    expect(screen.queryByText('很久以前的调整')).toBeNull();
    fireEvent.click(screen.getByText('显示全部（含已过去）'));
    expect(screen.getByText('很久以前的调整')).toBeTruthy();
  });

  it('deletes an override after confirmation', async () => {
    const api = fakeApi(
      admin,
      route('GET', '/api/calendar/overrides', { items: overrides }),
      route('DELETE', `/api/calendar/overrides/${year}-10-10`, { ok: true }),
    );
    renderPage();
    await screen.findByText('区级调休');
    fireEvent.click(rowOf('区级调休').getByText('删除'));
    const confirm = (await screen.findByText(`删除 ${year}-10-10 的调整？`)).closest('.ant-popover') as HTMLElement;
    fireEvent.click(within(confirm).getByRole('button', { name: '删除' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'DELETE' && c.url.pathname === `/api/calendar/overrides/${year}-10-10`)).toBe(true));
  });

  it('changes an override’s note and status with PUT', async () => {
    const api = fakeApi(
      admin,
      route('GET', '/api/calendar/overrides', { items: overrides }),
      route('PUT', `/api/calendar/overrides/${year}-10-11`, { day: `${year}-10-11`, workday: false, note: '取消值守', officialWorkday: false }),
    );
    renderPage();
    await screen.findByText('防汛值守上班');
    fireEvent.click(rowOf('防汛值守上班').getByText('修改'));
    const dialog = within(await screen.findByRole('dialog'));
    fireEvent.click(dialog.getByText('休息（非工作日）'));
    fireEvent.change(dialog.getByDisplayValue('防汛值守上班'), { target: { value: '取消值守' } });
    fireEvent.click(dialog.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({ workday: false, note: '取消值守' });
  });

  it('says so when there are no local changes', async () => {
    fakeApi(admin, route('GET', '/api/calendar/overrides', { items: [] }));
    renderPage();
    expect(await screen.findByText('今天及以后没有本地调整，全部按国家日历计算')).toBeTruthy();
  });

  it('shows the meetings still to be held in the month, each opening its meeting, and lets a reader change nothing', async () => {
    const month = dayjs().format('YYYY-MM');
    const meeting = (id: string, day: string, title: string, state: string) => ({
      id,
      communityId: '0190a000-0000-7000-8000-000000000002',
      communityName: '清泉社区',
      seriesId: null,
      kind: 'jointMeeting',
      title,
      place: '党群服务站',
      startsAt: `${month}-${day}T11:00:00.000Z`,
      endsAt: `${month}-${day}T12:30:00.000Z`,
      state,
      seats: 0,
      registeredCount: 0,
      waitlistCount: 0,
      attendedCount: 0,
      overdueClose: false,
      myRegistration: null,
      canRegister: false,
    });
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['communityStaff'])),
      route('GET', '/api/calendar/overrides', { items: [] }),
      route('GET', '/api/meetings', { items: [meeting('m1', '15', '小区联席会', 'scheduled'), meeting('m2', '16', '已开过的楼门说事', 'closed')] }),
    );
    renderPage();
    const list = within(await screen.findByLabelText('待召开的议事会'));
    expect(list.getByRole('link', { name: '小区联席会' }).getAttribute('href')).toBe('/deliberation/meetings/m1');
    expect(list.queryByText('已开过的楼门说事')).toBeNull();
    expect(screen.getByLabelText('1 场议事会')).toBeTruthy();
    const asked = api.calls.find((c) => c.url.pathname === '/api/meetings');
    expect(asked?.url.searchParams.get('from')).toBe(dayjs().startOf('month').subtract(7, 'day').format('YYYY-MM-DD'));
    expect(screen.queryByRole('button', { name: /新增调整/ })).toBeNull();
  });
});
