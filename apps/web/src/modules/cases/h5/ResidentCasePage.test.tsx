import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { buildCaseDetail } from '../case-factories';

const base = [route('GET', '/api/me', buildMe(['resident'])), route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null })];

function button(name: string): HTMLButtonElement {
  const hit = [...document.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s/g, '') === name);
  if (!hit) throw new Error(`no button ${name}`);
  return hit;
}

// Whole-app renders in jsdom are slow on a loaded machine: generous limits, same assertions.
describe('resident case page', { timeout: 60_000 }, () => {
  it('lets the reporter rate a checked case: solved and satisfaction, sent with the version', async () => {
    const detail = buildCaseDetail({
      id: 'c-5',
      state: 'checked',
      version: 9,
      allowedActions: [{ action: 'visit', required: ['solved', 'satisfaction'], optional: ['note'] }],
    });
    const api = fakeApi(
      ...base,
      route('GET', '/api/cases/c-5', detail),
      route('POST', '/api/cases/c-5/actions', {
        ...detail,
        state: 'visited',
        version: 10,
        solved: false,
        satisfaction: 'basicallySatisfied',
        allowedActions: [],
      }),
    );
    renderApp('/h5/cases/c-5');
    expect(await screen.findByText('请您评价办理结果', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByText('问题又出现了')).toBeNull();
    expect(screen.queryByText('我也遇到')).toBeNull();
    // Internal steps are not shown to residents.
    expect(screen.queryByText('已受理')).toBeNull();

    fireEvent.click(screen.getByText('否'));
    fireEvent.click(screen.getByText('基本满意'));
    fireEvent.click(button('提交评价'));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({
      action: 'visit',
      expectedVersion: 9,
      solved: false,
      satisfaction: 'basicallySatisfied',
    });
    expect(await screen.findByText('评价：未解决 · 基本满意')).toBeTruthy();
    // The stepper ticks 回访 once the rating is in; 办结 is what is left.
    const steps = within(screen.getByRole('list', { name: '办理进度' })).getAllByRole('listitem');
    expect(steps[3].textContent).toContain('✓');
    expect(steps[3].textContent).toContain('回访');
    expect(steps[4].getAttribute('aria-current')).toBe('step');
  });

  it('offers 问题又出现了 on a closed case when reopen is allowed, and asks why', async () => {
    const detail = buildCaseDetail({
      id: 'c-6',
      state: 'closed',
      version: 14,
      closedAt: '2026-11-22T08:00:00.000Z',
      allowedActions: [{ action: 'reopen', required: ['reason'], optional: [] }],
    });
    const api = fakeApi(
      ...base,
      route('GET', '/api/cases/c-6', detail),
      route('POST', '/api/cases/c-6/actions', { ...detail, state: 'registered', version: 15, allowedActions: [] }),
    );
    renderApp('/h5/cases/c-6');
    fireEvent.click(await screen.findByText('问题又出现了', {}, { timeout: 30_000 }));
    fireEvent.change(document.querySelector('textarea#reason')!, { target: { value: '修好两天又不亮了' } });
    fireEvent.click(button('重新办理'));
    await waitFor(() =>
      expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'reopen', expectedVersion: 14, reason: '修好两天又不亮了' }),
    );
    expect(screen.queryByText('请您评价办理结果')).toBeNull();
  });
});
