import type { ResidentListItem } from '@linli/shared';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

function resident(i: number, tags: ResidentListItem['tags']): ResidentListItem {
  return {
    id: `r-${i}`,
    name: `居民${i}`,
    gender: 'female',
    birthDate: '1950-01-01',
    age: 75,
    relation: 'head',
    phoneMasked: '138****5678',
    idNumberMasked: '370403********1234',
    tags,
    householdId: 'h-1',
    address: '青秋家园3号楼1单元301',
  };
}

// Whole-app renders in jsdom are slow on a loaded machine: generous limits, same assertions.
describe('resident search', { timeout: 60_000 }, () => {
  it('shows masked numbers and coloured tags to a community worker and loads the next page by cursor', async () => {
    const api = fakeApi(route('GET', '/api/me', buildMe(['communityStaff'])), (url) => {
      if (url.pathname !== '/api/residents') return undefined;
      return url.searchParams.get('after') === 'c1'
        ? { body: { items: [resident(2, [])], nextCursor: null } }
        : { body: { items: [resident(1, ['subsistence', 'elderlyAlone'])], nextCursor: 'c1' } };
    });
    renderApp('/residents');
    expect(await screen.findByText('居民1', {}, { timeout: 20_000 })).toBeTruthy();
    expect(screen.getByText('138****5678')).toBeTruthy();
    expect(screen.getByText('低保')).toBeTruthy();
    expect(screen.getAllByText('特殊人群').length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('居民2', {}, { timeout: 20_000 })).toBeTruthy();
    expect(screen.getByText('已全部显示')).toBeTruthy();
    expect(api.calls.some((c) => c.url.searchParams.get('after') === 'c1')).toBe(true);
  });

  it('has no tag column when the server withholds tags (null)', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['buildingLead'])), route('GET', '/api/residents', { items: [resident(1, null)], nextCursor: null }));
    renderApp('/residents');
    expect(await screen.findByText('居民1', {}, { timeout: 20_000 })).toBeTruthy();
    expect(screen.queryAllByText('特殊人群')).toHaveLength(0);
    expect(screen.queryByText('按特殊人群筛选')).toBeNull();
  });
});
