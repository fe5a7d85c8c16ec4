import { describe, expect, it } from 'vitest';
import * as shared from '../packages/shared/src/index.ts';
import { readStateLists, stateValueIndex } from './state-values.js';

// The rule reads the state lists from the source text; these tests hold that reading to the lists the code really exports.
describe('state values the no-state-literals rule reads', () => {
  const lists = readStateLists();
  const exported = Object.entries(shared).filter(([name, value]) => /_(STATES|STATUSES)$/.test(name) && Array.isArray(value));

  it('reads every full state enumeration exactly as packages/shared exports it', () => {
    expect(Object.keys(lists).length).toBeGreaterThanOrEqual(9);
    for (const [name, values] of Object.entries(lists)) expect(shared[name], name).toEqual(values);
  });

  it('knows every value of every exported state list, subsets included', () => {
    const known = stateValueIndex(lists);
    for (const [name, values] of exported) for (const value of values) expect(known.has(value), `${name}: '${value}'`).toBe(true);
  });
});
