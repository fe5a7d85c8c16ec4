import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { buildDispute } from '../dispute-factories';

const notifications = route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null });

function button(name: string): HTMLButtonElement {
  const hit = [...document.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s/g, '') === name);
  if (!hit) throw new Error(`no button ${name}`);
  return hit;
}

function type(selector: string, value: string) {
  fireEvent.change(document.querySelector(selector)!, { target: { value } });
}

const applied = {
  id: 'd-9',
  disputeNo: '2026-0031',
  kind: 'neighbour',
  state: 'received',
  summary: '楼上邻居每晚十一点后还在拖动桌椅',
  committeeName: '清泉社区人民调解委员会',
  mediatorNames: [],
  receivedAt: '2026-12-07T01:00:00.000Z',
  dueAt: null,
  nextSessionNote: null,
  timeline: [],
};

// Whole-app renders in jsdom are slow on a loaded machine: generous limits, same assertions.
describe('申请调解 on the phone', { timeout: 60_000 }, () => {
  it('sends the application with the other party as typed, and puts the server’s refusal on the field it names', async () => {
    let refuse = true;
    const api = fakeApi(route('GET', '/api/me', buildMe(['resident'])), notifications, route('GET', '/api/my-disputes', { items: [] }), (url, init) =>
      init?.method === 'POST' && url.pathname === '/api/my-disputes'
        ? refuse
          ? { status: 400, body: { code: 'VALIDATION_FAILED', message: '请填写11位手机号', field: 'otherPartyPhone' } }
          : { status: 201, body: applied }
        : undefined,
    );
    renderApp('/h5/my-disputes/apply');
    await screen.findByText('对方的电话和住址只有调解委员会能看到。', {}, { timeout: 30_000 });
    type('textarea#summary', '楼上邻居每晚十一点后还在拖动桌椅，沟通几次无果');
    type('input#otherPartyName', '楼上王先生');
    type('input#preferredTime', '工作日晚上');
    fireEvent.click(button('提交申请'));
    expect(await screen.findByText('请填写11位手机号')).toBeTruthy();
    const sent = api.calls.find((c) => c.method === 'POST');
    expect(sent?.body).toEqual({
      kind: 'neighbour',
      summary: '楼上邻居每晚十一点后还在拖动桌椅，沟通几次无果',
      otherPartyName: '楼上王先生',
      otherPartyAddress: '',
      preferredTime: '工作日晚上',
    });
    refuse = false;
    fireEvent.click(button('提交申请'));
    // Accepted, the resident lands on 我的调解.
    expect(await screen.findByText('申请调解', { selector: 'button span' }, { timeout: 30_000 })).toBeTruthy();
    await waitFor(() => expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(2));
  });

  it('offers the application from 我的调解, with an empty state that says what to do', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['resident'])), notifications, route('GET', '/api/my-disputes', { items: [] }));
    renderApp('/h5/my-disputes');
    expect(await screen.findByText(/点上方「申请调解」/, {}, { timeout: 30_000 })).toBeTruthy();
    expect(button('申请调解')).toBeTruthy();
  });
});

describe('a mediator’s work on the phone', { timeout: 60_000 }, () => {
  it('lists the disputes in hand with the days left, and opens one', async () => {
    const soon = new Date(Date.now() + 3.5 * 86_400_000).toISOString();
    const item = { ...buildDispute({ dueAt: soon }) };
    fakeApi(
      route('GET', '/api/me', buildMe(['mediator'])),
      notifications,
      route('GET', '/api/disputes', { items: [item], nextCursor: null }),
      route('GET', '/api/disputes/d-1', item),
    );
    const { router } = renderApp('/h5/mediator-disputes');
    expect(await screen.findByText('剩 4 天调结', {}, { timeout: 30_000 })).toBeTruthy();
    fireEvent.click(screen.getByText(/邻里纠纷 · 张大山 与 李小红/));
    await waitFor(() => expect(router.state.location.pathname).toBe('/h5/disputes/d-1'));
  });

  it('records a session through the workflow action, with the parties present and the version read', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['mediator'])),
      notifications,
      route('GET', '/api/disputes/d-1', buildDispute({ preferredTime: '工作日晚上' })),
      route('POST', '/api/disputes/d-1/actions', buildDispute()),
    );
    renderApp('/h5/disputes/d-1');
    expect(await screen.findByText('申请人希望：工作日晚上', {}, { timeout: 30_000 })).toBeTruthy();
    // Agreement and the like are done at the console; the phone says so.
    expect(screen.getByText('达成协议请在电脑上的「矛盾纠纷」中办理。')).toBeTruthy();
    fireEvent.click(button('记录调解'));
    type('input#heldAt', '2026-12-06T19:30');
    type('input#place', '3号楼会客室');
    type('textarea#record', '双方到场，约定晚十点后不再拖动桌椅');
    fireEvent.click(button('保存调解记录'));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    const sent = api.calls.find((c) => c.method === 'POST')!.body as Record<string, unknown>;
    expect(sent).toEqual({
      action: 'recordSession',
      expectedVersion: 4,
      heldAt: new Date('2026-12-06T19:30').toISOString(),
      place: '3号楼会客室',
      record: '双方到场，约定晚十点后不再拖动桌椅',
      partyIds: ['p-1', 'p-2'],
    });
  });

  it('records the follow-up visit of a concluded dispute', async () => {
    const done = buildDispute({ state: 'performed', dueAt: null, allowedActions: [{ action: 'followUp', required: ['rating', 'note'], optional: [] }] });
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['mediator'])),
      notifications,
      route('GET', '/api/disputes/d-1', done),
      route('POST', '/api/disputes/d-1/actions', done),
    );
    renderApp('/h5/disputes/d-1');
    fireEvent.click(await screen.findByText('回访', { selector: 'button span' }, { timeout: 30_000 }));
    type('textarea#note', '赔偿款已付清，双方关系缓和');
    fireEvent.click(button('保存回访记录'));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')!.body).toEqual({
      action: 'followUp',
      expectedVersion: 4,
      rating: 'satisfied',
      note: '赔偿款已付清，双方关系缓和',
    });
  });

  it('sends a party who opens a dispute notice on to 我的调解', async () => {
    fakeApi(
      route('GET', '/api/me', buildMe(['resident'])),
      notifications,
      route('GET', '/api/disputes/d-1', buildDispute({ committee: false, allowedActions: [] })),
      route('GET', '/api/my-disputes', { items: [] }),
    );
    const { router } = renderApp('/h5/disputes/d-1');
    await waitFor(() => expect(router.state.location.pathname).toBe('/h5/my-disputes'), { timeout: 30_000 });
  });
});
