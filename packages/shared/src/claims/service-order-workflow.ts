/** States of a service order 订单式服务 (DOMAIN §3 "群众点单、社区派单、服务队接单、居民评单"). */
export const ORDER_STATES = ['ordered', 'taken', 'done', 'rated', 'cancelled'] as const;
/** An order state. */
export type OrderState = (typeof ORDER_STATES)[number];

/** Actions on an order. */
export const ORDER_ACTIONS = ['dispatch', 'take', 'complete', 'rate', 'sendBack', 'release', 'cancel'] as const;
/** An order action. */
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/** Input fields an order action needs; the UI renders exactly these. */
export type OrderActionField = 'unitId' | 'note' | 'reason' | 'photos' | 'rating';

/** What the order workflow needs to know about the actor relative to one order. */
export interface OrderActorFacts {
  /** Community staff (or above) whose area covers the order's community. */
  staff: boolean;
  /** The resident who placed the order. */
  isOrderer: boolean;
  /** The member, or the liaison of the unit, holding the order. */
  isTaker: boolean;
  /** A party member of the community, or the liaison of a unit registered with it, who may take open orders. */
  canTake: boolean;
}

interface OrderRule {
  from: readonly OrderState[];
  to: OrderState;
  who: (a: OrderActorFacts) => boolean;
  required: readonly OrderActionField[];
  optional?: readonly OrderActionField[];
  /** States in which the order already belongs to someone else: refusing there says so (ITEM_TAKEN). */
  takenIn?: readonly OrderState[];
}

/** The service-order transition table (DESIGN rule 2). */
export const ORDER_RULES: Record<OrderAction, OrderRule> = {
  // 社区派单: staff hand the order to a partner unit registered with the community.
  dispatch: { from: ['ordered'], to: 'taken', who: (a) => a.staff, required: ['unitId'], optional: ['note'], takenIn: ['taken', 'done', 'rated'] },
  // 接单: a service-team member or a unit's liaison takes it themselves; one order, one taker.
  take: {
    from: ['ordered'],
    to: 'taken',
    who: (a) => a.canTake && !a.isOrderer,
    required: [],
    optional: ['note', 'unitId'],
    takenIn: ['taken', 'done', 'rated'],
  },
  complete: { from: ['taken'], to: 'done', who: (a) => a.isTaker, required: ['note', 'photos'] },
  // 居民评单: only the resident who ordered confirms and rates.
  rate: { from: ['done'], to: 'rated', who: (a) => a.isOrderer, required: ['rating'], optional: ['note'] },
  sendBack: { from: ['done'], to: 'taken', who: (a) => a.isOrderer, required: ['reason'] },
  release: { from: ['taken'], to: 'ordered', who: (a) => a.isTaker || a.staff, required: [], optional: ['reason'] },
  cancel: { from: ['ordered'], to: 'cancelled', who: (a) => a.isOrderer || a.staff, required: [], optional: ['reason'] },
};

/** The outcome of deciding one order action. */
export type OrderDecision = { ok: true; to: OrderState } | { ok: false; code: 'FORBIDDEN' | 'CONFLICT' | 'ITEM_TAKEN'; reason: string };

/** Decides whether the actor may take `action` on an order in `state`, and the state that follows. */
export function decideOrderAction(state: OrderState, a: OrderActorFacts, action: OrderAction): OrderDecision {
  const rule = ORDER_RULES[action];
  if (!rule.from.includes(state)) {
    if (rule.takenIn?.includes(state)) return { ok: false, code: 'ITEM_TAKEN', reason: '该订单已被接单' };
    return { ok: false, code: 'CONFLICT', reason: '当前状态下不能执行此操作' };
  }
  if (!rule.who(a)) return { ok: false, code: 'FORBIDDEN', reason: '您不能执行此操作' };
  return { ok: true, to: rule.to };
}

/** One order action the actor may take now, with the fields it needs. */
export interface AllowedOrderAction {
  action: OrderAction;
  required: OrderActionField[];
  optional: OrderActionField[];
}

/** Every order action the actor may take now (the UI shows exactly these). */
export function allowedOrderActions(state: OrderState, a: OrderActorFacts): AllowedOrderAction[] {
  return ORDER_ACTIONS.filter((action) => decideOrderAction(state, a, action).ok).map((action) => ({
    action,
    required: [...ORDER_RULES[action].required],
    optional: [...(ORDER_RULES[action].optional ?? [])],
  }));
}

/** 订单状态. */
export const ORDER_STATE_LABELS: Record<OrderState, string> = { ordered: '待接单', taken: '服务中', done: '待评价', rated: '已评价', cancelled: '已取消' };

/** 订单操作. */
export const ORDER_ACTION_LABELS: Record<OrderAction, string> = {
  dispatch: '社区派单',
  take: '接单',
  complete: '服务完成',
  rate: '确认评价',
  sendBack: '退回重做',
  release: '退单',
  cancel: '取消订单',
};
