import { describe, expect, it } from 'vitest';
import { newId } from './ids';

describe('newId', () => {
  it('is a UUIDv7 whose first 48 bits are the given time in milliseconds', () => {
    const at = new Date('2026-12-06T21:40:12.345Z');
    const id = newId(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at.getTime());
    expect(newId(new Date(0)).startsWith('00000000-0000-7')).toBe(true);
  });

  it('never repeats across many pool refills, and sorts by time', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const ids = Array.from({ length: 2000 }, () => newId(at));
    expect(new Set(ids).size).toBe(ids.length);
    expect(newId(new Date(at.getTime() + 1)) > ids[ids.length - 1]).toBe(true);
  });
});
