import type { ResidentDetail } from '@linli/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const resident: ResidentDetail = {
  id: 'r-1',
  name: '居民甲',
  gender: 'female',
  birthDate: '1950-01-01',
  age: 75,
  relation: 'head',
  phoneMasked: '138****5678',
  idNumberMasked: '370403********1234',
  tags: null,
  householdId: 'h-1',
  address: '青秋家园3号楼1单元301',
  nodeId: 'house-1',
  householdNo: 'HH-001',
  householdMembers: [
    { id: 'r-1', name: '居民甲', relation: 'head' },
    { id: 'r-2', name: '居民乙', relation: 'spouse' },
  ],
  gridName: '青秋社区第一网格',
  communityName: '青秋社区',
};

// Whole-app renders in jsdom are slow on a loaded machine: generous limits, same assertions.
describe('resident detail on the shared detail layout', { timeout: 60_000 }, () => {
  it('shows the masked record, its household and the way to its house, with no workflow state card or history', async () => {
    const api = fakeApi(route('GET', '/api/me', buildMe(['communityStaff'])), route('GET', '/api/residents/r-1', resident));
    renderApp('/residents/r-1');
    expect(await screen.findByText('家庭成员（户号 HH-001）', {}, { timeout: 20_000 })).toBeTruthy();
    expect(screen.getByText('居民乙')).toBeTruthy();
    expect(screen.getByText('370403********1234')).toBeTruthy();
    expect(screen.getByRole('button', { name: /查看完整身份证号/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: '查看所在房屋' }).getAttribute('href')).toBe('/org/house-1');
    expect(screen.getByRole('button', { name: /刷新/ })).toBeTruthy();
    expect(screen.queryByText('最新在上')).toBeNull();
    expect(api.calls.some((c) => c.url.pathname === '/api/residents/r-1')).toBe(true);
  });

  it('says the resident is not there (moved away or out of scope) on a 404', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['communityStaff'])), route('GET', '/api/residents/r-9', { code: 'NOT_FOUND', message: '不存在' }, 404));
    renderApp('/residents/r-9');
    expect(await screen.findByText('没有找到这位居民', {}, { timeout: 20_000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: '回到居民信息' })).toBeTruthy();
  });
});
