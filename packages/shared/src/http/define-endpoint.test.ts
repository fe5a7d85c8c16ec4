import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readOf } from '../access/access-of';
import { ROUTE_ACCESS } from '../access/route-access';
import { accessTableOf, defineEndpoint, pathOf, routeKeyOf } from './define-endpoint';
import { ALL_ENDPOINTS } from './endpoints';

const one = defineEndpoint({ method: 'GET', path: '/api/things/:id/parts/:part', tag: 't', access: readOf('case'), response: z.object({}) });

describe('defineEndpoint', () => {
  it('fills path parameters, encoded, and refuses a missing one', () => {
    expect(pathOf(one, { id: 'a/b', part: 3 })).toBe('/api/things/a%2Fb/parts/3');
    expect(() => pathOf(one, { id: 'x' })).toThrow(/missing path parameter part/);
  });

  it('builds an access table and refuses two endpoints with one route', () => {
    expect(accessTableOf([one])).toEqual({ 'GET /api/things/:id/parts/:part': { kind: 'case', action: 'read' } });
    expect(() => accessTableOf([one, { ...one }])).toThrow(/defined twice/);
  });

  it('gives ROUTE_ACCESS the access entry of every defined endpoint', () => {
    for (const endpoint of ALL_ENDPOINTS) expect(ROUTE_ACCESS[routeKeyOf(endpoint)], routeKeyOf(endpoint)).toBe(endpoint.access);
  });

  it('names in each params schema exactly the `:params` of its path', () => {
    for (const endpoint of ALL_ENDPOINTS) {
      const inPath = [...endpoint.path.matchAll(/:(\w+)/g)].map((m) => m[1]).sort();
      const inSchema = endpoint.params instanceof z.ZodObject ? Object.keys(endpoint.params.shape).sort() : [];
      expect(inSchema, routeKeyOf(endpoint)).toEqual(inPath);
    }
  });
});
