import { caseEndpoints, hotlineEndpoints } from '@linli/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, route } from '../test/fake-api';
import { ApiError } from './api-error';
import { call, hrefOf } from './client';

const category = {
  id: '0196a3e4-0000-7000-8000-000000000001',
  parentId: null,
  code: 'env',
  name: '环境卫生',
  kind: 'event',
  version: '1',
  urgency: 'normal',
  limitAmount: 3,
  limitClock: 'workingDays',
  defaultDepartment: null,
  active: true,
  sensitive: false,
};

afterEach(() => vi.unstubAllGlobals());

describe('the typed client', () => {
  it('fills path parameters and the query from the endpoint definition', () => {
    expect(hrefOf(caseEndpoints.detail, { params: { id: 'a b' } })).toBe('/api/cases/a%20b');
    expect(hrefOf(caseEndpoints.list, { query: { state: 'submitted', overdue: true, limit: 30, q: '' } })).toBe(
      '/api/cases?state=submitted&overdue=true&limit=30',
    );
    expect(hrefOf(hotlineEndpoints.importTemplate)).toBe('/api/hotline/import/template');
  });

  it('sends the method, body and extra headers and parses the answer with the response contract', async () => {
    const { calls } = fakeApi(route('PUT', `/api/case-categories/${category.id}`, category));
    const saved = await call(caseEndpoints.updateCategory, { params: { id: category.id }, body: { name: '环境卫生' } }, { headers: { 'X-Probe': '1' } });
    expect(saved.name).toBe('环境卫生');
    expect(calls).toEqual([expect.objectContaining({ method: 'PUT', body: { name: '环境卫生' } })]);
    const init = vi.mocked(fetch).mock.calls[0][1];
    expect(new Headers(init?.headers).get('X-Probe')).toBe('1');
  });

  it('sends `{}` with a POST that has no body, and nothing with a DELETE', async () => {
    const { calls } = fakeApi(route('DELETE', '/api/hotline/top-complexes/assign', { ok: true }));
    await call(hotlineEndpoints.unassign, { query: { month: '2026-01', complexId: category.id } });
    expect(calls[0].body).toBeUndefined();
    expect(calls[0].url.search).toBe(`?month=2026-01&complexId=${category.id}`);
  });

  it('refuses an answer that breaks the response contract', async () => {
    fakeApi(route('GET', '/api/case-categories', { items: [{ id: 1 }] }));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(call(caseEndpoints.categories)).rejects.toBeInstanceOf(ApiError);
  });

  it('types each part by its contract (checked by tsc)', () => {
    const never = false as boolean;
    if (never) {
      // @ts-expect-error a path parameter is required
      void call(caseEndpoints.detail);
      // @ts-expect-error the body must be a case action
      void call(caseEndpoints.act, { params: { id: 'x' }, body: { action: 'fly' } });
      // @ts-expect-error `state` is one of the case states
      void hrefOf(caseEndpoints.list, { query: { state: 'lost' } });
      // @ts-expect-error an endpoint without a JSON answer cannot be called for one
      void call(caseEndpoints.photo, { params: { year: '2026', month: '01', name: 'x.jpg' } });
    }
    expect(never).toBe(false);
  });
});
