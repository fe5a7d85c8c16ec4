import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { buttonIn, openDialog, renderPage } from './claims-test-support';
import { PartnerUnitListPage } from './PartnerUnitListPage';

const UNIT_ID = '0192a000-0000-7000-8000-0000000000u1';
const units = (mayAssignLiaison: boolean) => ({
  items: [{ id: UNIT_ID, name: '国网薛城供电中心', kind: 'enterprise', partyOrgName: null, liaisonName: null, registrations: [], mayAssignLiaison }],
  nextCursor: null,
});

describe('共建单位: 指定联络员', { timeout: 90_000 }, () => {
  it('lets the street name the liaison by login name, showing an unknown account on the field', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['streetOfficer'])),
      route('GET', '/api/partner-units', units(true)),
      route(
        'PUT',
        `/api/partner-units/${UNIT_ID}/liaison`,
        { code: 'VALIDATION_FAILED', message: '没有这个账号，请核对联络员的登录账号', field: 'username' },
        400,
      ),
    );
    renderPage('/claims/units', '/claims/units', <PartnerUnitListPage />);
    await screen.findByText('国网薛城供电中心');
    fireEvent.click(buttonIn(screen.getByRole('table'), '指定联络员'));
    const dialog = await openDialog();
    fireEvent.change(within(dialog).getByPlaceholderText(/如：lisi/), { target: { value: ' nobody ' } });
    fireEvent.click(buttonIn(dialog, '确认指定'));
    expect(await within(dialog).findByText('没有这个账号，请核对联络员的登录账号')).toBeTruthy();
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({ username: 'nobody' });
  });

  it('offers no liaison button where the server says the caller may not set it', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['communityStaff'])), route('GET', '/api/partner-units', units(false)));
    renderPage('/claims/units', '/claims/units', <PartnerUnitListPage />);
    await waitFor(() => expect(buttonIn(screen.getByRole('table'), '办理报到')).toBeTruthy());
    expect(() => buttonIn(screen.getByRole('table'), '指定联络员')).toThrow();
  });
});
