import { describe, expect, it } from 'vitest';
import {
  ORDER_ACTIONS,
  ORDER_STATES,
  allowedOrderActions,
  decideOrderAction,
  type OrderAction,
  type OrderActorFacts,
  type OrderState,
} from './service-order-workflow';

const nobody: OrderActorFacts = { staff: false, isOrderer: false, isTaker: false, canTake: false };
const ROLES = {
  staff: { ...nobody, staff: true },
  orderer: { ...nobody, isOrderer: true },
  taker: { ...nobody, isTaker: true, canTake: true },
  teamMember: { ...nobody, canTake: true },
  stranger: nobody,
} satisfies Record<string, OrderActorFacts>;
type OrderRole = keyof typeof ROLES;

/** Written out from DOMAIN §3 ("群众点单、社区派单、服务队接单、居民评单") independently of the rules. */
const EXPECTED: Record<OrderAction, Partial<Record<OrderState, OrderRole[]>>> = {
  dispatch: { ordered: ['staff'] },
  take: { ordered: ['taker', 'teamMember'] },
  complete: { taken: ['taker'] },
  rate: { done: ['orderer'] },
  sendBack: { done: ['orderer'] },
  release: { taken: ['staff', 'taker'] },
  cancel: { ordered: ['staff', 'orderer'] },
};

describe('the service-order transition table, every (state, action, role) triple', () => {
  for (const action of ORDER_ACTIONS) {
    it(`${action}: allowed exactly where the order lifecycle says`, () => {
      const mismatches: string[] = [];
      for (const state of ORDER_STATES) {
        for (const role of Object.keys(ROLES) as OrderRole[]) {
          const expected = (EXPECTED[action][state] ?? []).includes(role);
          const got = decideOrderAction(state, ROLES[role], action).ok;
          if (got !== expected) mismatches.push(`${state}/${role}: expected ${expected}, got ${got}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('runs ordered → taken → done → rated, and done can be sent back', () => {
    expect(decideOrderAction('ordered', ROLES.teamMember, 'take')).toEqual({ ok: true, to: 'taken' });
    expect(decideOrderAction('taken', ROLES.taker, 'complete')).toEqual({ ok: true, to: 'done' });
    expect(decideOrderAction('done', ROLES.orderer, 'sendBack')).toEqual({ ok: true, to: 'taken' });
    expect(decideOrderAction('done', ROLES.orderer, 'rate')).toEqual({ ok: true, to: 'rated' });
  });

  it('refuses taking a taken order as ITEM_TAKEN, a closed one as CONFLICT, and a resident taking their own order', () => {
    for (const state of ['taken', 'done', 'rated'] as OrderState[])
      expect(decideOrderAction(state, ROLES.teamMember, 'take')).toMatchObject({ ok: false, code: 'ITEM_TAKEN' });
    expect(decideOrderAction('cancelled', ROLES.teamMember, 'take')).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(decideOrderAction('ordered', { ...ROLES.teamMember, isOrderer: true }, 'take')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('asks the taker for a note and photos to complete, and the resident for a rating', () => {
    expect(allowedOrderActions('taken', ROLES.taker).find((a) => a.action === 'complete')?.required).toEqual(['note', 'photos']);
    expect(allowedOrderActions('done', ROLES.orderer).map((a) => a.action)).toEqual(['rate', 'sendBack']);
    expect(allowedOrderActions('ordered', ROLES.staff).map((a) => a.action)).toEqual(['dispatch', 'cancel']);
  });
});
