import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { buildClaim, buildNeed, buildNeedItem, buttonIn, openDialog, renderPage, toolbarButtons } from './claims-test-support';
import { LiaisonNeedsPage } from './LiaisonNeedsPage';
import { NeedCreatePage } from './NeedCreatePage';
import { NeedDetailPage } from './NeedDetailPage';
import { NeedListPage } from './NeedListPage';

const staff = route('GET', '/api/me', buildMe(['communityStaff']));
const emptyUnits = route('GET', '/api/partner-units', { items: [], nextCursor: null });

async function chooseOption(label: string, option: string) {
  const select = document.querySelector<HTMLElement>(`input[aria-label="${label}"], #${label}`)?.closest('.ant-select');
  if (!select) throw new Error(`no select ${label}`);
  fireEvent.mouseDown(select.querySelector('.ant-select-selector')!);
  fireEvent.click(
    await waitFor(() => {
      const hit = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((o) => o.textContent === option);
      if (!hit) throw new Error(`no option ${option}`);
      return hit;
    }),
  );
}

describe('needs (staff)', { timeout: 90_000 }, () => {
  it('says how to fill an empty needs list, and loads the next page with the filters kept', async () => {
    const api = fakeApi(staff, (url) => {
      if (url.pathname !== '/api/needs') return undefined;
      if (url.searchParams.get('domain') !== 'elderlyCare') return { body: { items: [], nextCursor: null } };
      return url.searchParams.get('after') === 'k1'
        ? { body: { items: [buildNeedItem({ id: 'n-2', title: '独居老人助餐' })], nextCursor: null } }
        : { body: { items: [buildNeedItem({ id: 'n-1', title: '老年食堂排队' })], nextCursor: 'k1' } };
    });
    const first = renderPage('/claims/needs', '/claims/needs', <NeedListPage />);
    expect(await screen.findByText(/需求清单还是空的/)).toBeTruthy();
    first.unmount();

    renderPage('/claims/needs', '/claims/needs?domain=elderlyCare', <NeedListPage />);
    expect(await screen.findByText('老年食堂排队')).toBeTruthy();
    fireEvent.click(buttonIn(document, '加载更多'));
    expect(await screen.findByText('独居老人助餐')).toBeTruthy();
    expect(screen.getByText('已全部显示')).toBeTruthy();
    const second = api.calls.find((c) => c.url.searchParams.get('after') === 'k1');
    expect(second?.url.searchParams.get('domain')).toBe('elderlyCare');
  });

  it('puts the server’s 400 on the field it names', async () => {
    const api = fakeApi(staff, route('POST', '/api/needs', { code: 'VALIDATION_FAILED', message: '请至少用5个字描述需求', field: 'description' }, 400));
    renderPage('/claims/needs/new', '/claims/needs/new', <NeedCreatePage />);
    fireEvent.change(await screen.findByPlaceholderText('如：3号楼楼道灯维修'), { target: { value: '花坛补植' } });
    fireEvent.change(screen.getByPlaceholderText('在哪里、涉及多少户居民、需要什么样的帮助'), { target: { value: '小区花坛缺苗     ' } });
    await chooseOption('domain', '绿化环境');
    fireEvent.click(buttonIn(document.querySelector('form')!, '登记需求'));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      title: '花坛补植',
      domain: 'greening',
      source: 'resident',
      kind: 'need',
      communityId: 'node-qq',
    });
    const item = (await screen.findByText('请至少用5个字描述需求')).closest('.ant-form-item');
    expect(item?.textContent).toContain('需求描述');
  });

  it('shows the claim history and gives staff confirm and send-back on a completed claim, not the liaison’s steps', async () => {
    const need = buildNeed({
      state: 'claimed',
      claimantUnitName: '国网薛城供电中心',
      claim: buildClaim({
        state: 'done',
        proofNote: '已更换6盏灯',
        allowedActions: [
          { action: 'confirm', required: ['rating'], optional: ['note'] },
          { action: 'sendBack', required: ['reason'], optional: [] },
          { action: 'release', required: [], optional: ['reason'] },
        ],
      }),
      timeline: [
        {
          id: 'e1',
          subjectKind: 'need',
          action: 'create',
          fromState: null,
          toState: 'open',
          actorName: '王小梅',
          at: '2026-11-18T02:00:00.000Z',
          note: null,
          photos: [],
        },
        {
          id: 'e2',
          subjectKind: 'need',
          action: 'claim',
          fromState: 'open',
          toState: 'claimed',
          actorName: '刘志刚',
          at: '2026-11-19T02:00:00.000Z',
          note: '周三派电工来',
          photos: [],
        },
      ],
    });
    fakeApi(staff, emptyUnits, route('GET', '/api/needs/need-1', need));
    renderPage('/claims/needs/:id', '/claims/needs/need-1', <NeedDetailPage />);
    expect(await toolbarButtons('认领操作：3号楼楼道灯维修')).toEqual(['确认评价', '退回重办', '放弃认领']);
    expect(screen.queryByText('开始办理')).toBeNull();
    expect(screen.queryByText('认领', { selector: 'button span' })).toBeNull();
    expect(screen.getByText('周三派电工来')).toBeTruthy();
    expect(screen.getByText('已更换6盏灯')).toBeTruthy();
  });
});

describe('community needs (partner-unit liaison)', { timeout: 90_000 }, () => {
  it('tells the liaison when another unit took the need first (409 ITEM_TAKEN)', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['partnerLiaison'])),
      route('GET', '/api/partner-units', {
        items: [
          {
            id: 'u-1',
            name: '国网薛城供电中心',
            kind: 'enterprise',
            partyOrgName: null,
            liaisonName: '王小梅',
            registrations: [
              {
                id: 'r-1',
                communityId: 'c-qq',
                communityName: '清泉社区',
                agreementTitle: '共建协议',
                startsOn: '2026-01-01',
                endsOn: '2026-12-31',
                commitments: '每季度一次活动',
                fileKey: null,
                partTimeSeat: false,
                registeredAt: '2026-01-02T00:00:00.000Z',
              },
            ],
          },
        ],
        nextCursor: null,
      }),
      route('GET', '/api/needs', { items: [buildNeedItem()], nextCursor: null }),
      route('POST', '/api/needs/need-1/claim', { code: 'ITEM_TAKEN', message: '该需求已被其他单位认领' }, 409),
    );
    renderPage('/partner/needs', '/partner/needs', <LiaisonNeedsPage />);
    expect(await screen.findByText('3号楼楼道灯维修')).toBeTruthy();
    fireEvent.click(buttonIn(document.querySelector('.ant-table')!, '认领'));
    const dialog = await openDialog();
    fireEvent.click(buttonIn(dialog, '确认认领'));
    expect(await screen.findByText('该需求已被其他单位认领，请看看其他需求。')).toBeTruthy();
    expect(screen.getAllByText('认领未成功').length).toBeGreaterThan(0);
    const claim = api.calls.find((c) => c.method === 'POST');
    expect(claim?.body).toEqual({ unitId: 'u-1' });
    // The list is asked again: the taken need should leave it.
    await waitFor(() => expect(api.calls.filter((c) => c.url.pathname === '/api/needs').length).toBeGreaterThan(1));
  });

  it('shows what to do when the registered communities have no open need', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['partnerLiaison'])), emptyUnits, route('GET', '/api/needs', { items: [], nextCursor: null }));
    renderPage('/partner/needs', '/partner/needs', <LiaisonNeedsPage />);
    expect(await screen.findByText(/报到社区暂时没有待认领的需求/)).toBeTruthy();
    expect(within(document.body).queryByText('认领', { selector: 'button span' })).toBeNull();
  });
});
