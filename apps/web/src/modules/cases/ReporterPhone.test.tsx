import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { buildCaseDetail } from './case-factories';

// Whole-app renders in jsdom are slow on a loaded machine: generous limits, same assertions.
describe("the reporter's phone on the staff case page", { timeout: 60_000 }, () => {
  it('shows it masked and reveals the full number once the worker gives a reason, sending that reason', async () => {
    const detail = buildCaseDetail({ reporterPhoneMasked: '139****5678' });
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['gridWorker'])),
      route('GET', '/api/cases/todo', { items: [], total: 0 }),
      route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null }),
      route('GET', '/api/cases/case-1', detail),
      route('POST', '/api/cases/case-1/reporter-phone', { value: '13912345678' }),
    );
    renderApp('/cases/case-1');

    expect(await screen.findByText('139****5678', {}, { timeout: 30_000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /查看完整号码/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/将被记录/)).toBeTruthy();
    // No reason, no request.
    fireEvent.click(within(dialog).getByRole('button', { name: /确认查看/ }));
    expect(await within(dialog).findByText('请填写查看原因')).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '电话联系反映人核实情况' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确认查看/ }));
    await waitFor(() => expect(within(dialog).getAllByText('13912345678').length).toBeGreaterThan(0));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ reason: '电话联系反映人核实情况' });
  });

  it('says 未登记 and offers no reveal when the case has no phone', async () => {
    fakeApi(
      route('GET', '/api/me', buildMe(['gridWorker'])),
      route('GET', '/api/cases/todo', { items: [], total: 0 }),
      route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null }),
      route('GET', '/api/cases/case-1', buildCaseDetail({ reporterPhoneMasked: null })),
    );
    renderApp('/cases/case-1');
    await screen.findByText('联系电话', {}, { timeout: 30_000 });
    expect(screen.queryByRole('button', { name: /查看完整号码/ })).toBeNull();
  });
});
