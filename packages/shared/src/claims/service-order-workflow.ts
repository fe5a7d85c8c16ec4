import { allowedActions, decideState, defineWorkflow, type ActionRule, type AllowedAction, type StateDecision } from '../workflow';

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

/** The type parameters of the service-order workflow. */
export interface OrderWorkflowTypes {
  state: OrderState;
  action: OrderAction;
  facts: { state: OrderState };
  actor: OrderActorFacts;
  field: OrderActionField;
  set: 'open' | 'terminal';
}

/** The service-order lifecycle (DESIGN rule 2; docs/workflows/service-orders.md is generated from it). */
export const ORDER_WORKFLOW = /* @__PURE__ */ defineWorkflow<OrderWorkflowTypes>({
  name: 'service-order',
  title: 'A service order (订单)',
  states: ORDER_STATES,
  start: { to: ['ordered'], whoLabel: 'a resident or party member of the community, from its service menu (an active item)' },
  stateLabels: ORDER_STATE_LABELS,
  sets: { open: ['ordered', 'taken', 'done'], terminal: ['rated', 'cancelled'] },
  refusals: { taken: '该订单已被接单' },
  actions: {
    // 社区派单: staff hand the order to a partner unit registered with the community.
    dispatch: {
      label: ORDER_ACTION_LABELS.dispatch,
      from: ['ordered'],
      to: 'taken',
      who: (_f, a) => a.staff,
      whoLabel: 'staff',
      required: ['unitId'],
      optional: ['note'],
      takenIn: ['taken', 'done', 'rated'],
      note: "the unit must be registered with the order's community; its liaison becomes the taker",
    },
    // 接单: a service-team member or a unit's liaison takes it themselves; one order, one taker.
    take: {
      label: ORDER_ACTION_LABELS.take,
      from: ['ordered'],
      to: 'taken',
      who: (_f, a) => a.canTake && !a.isOrderer,
      whoLabel: 'a party member of the community or a registered unit’s liaison, not the orderer',
      required: [],
      optional: ['note', 'unitId'],
      takenIn: ['taken', 'done', 'rated'],
      note: "a liaison's unit registered there is recorded (the only one, or the one named)",
    },
    complete: {
      label: ORDER_ACTION_LABELS.complete,
      from: ['taken'],
      to: 'done',
      who: (_f, a) => a.isTaker,
      whoLabel: 'taker',
      required: ['note', 'photos'],
      note: 'the proof',
    },
    // 居民评单: only the resident who ordered confirms and rates.
    rate: {
      label: ORDER_ACTION_LABELS.rate,
      from: ['done'],
      to: 'rated',
      who: (_f, a) => a.isOrderer,
      whoLabel: 'orderer only',
      required: ['rating'],
      optional: ['note'],
      note: '居民评单, rating 1–5',
    },
    sendBack: { label: ORDER_ACTION_LABELS.sendBack, from: ['done'], to: 'taken', who: (_f, a) => a.isOrderer, whoLabel: 'orderer only', required: ['reason'] },
    release: {
      label: ORDER_ACTION_LABELS.release,
      from: ['taken'],
      to: 'ordered',
      who: (_f, a) => a.isTaker || a.staff,
      whoLabel: 'taker or staff',
      required: [],
      optional: ['reason'],
      note: 'clears the taker; the order is open again',
    },
    cancel: {
      label: ORDER_ACTION_LABELS.cancel,
      from: ['ordered'],
      to: 'cancelled',
      who: (_f, a) => a.isOrderer || a.staff,
      whoLabel: 'orderer or staff',
      required: [],
      optional: ['reason'],
    },
  },
});

/** The service-order transition table, action by action (ORDER_WORKFLOW.actions). */
export const ORDER_RULES: Readonly<Record<OrderAction, ActionRule<OrderWorkflowTypes>>> = ORDER_WORKFLOW.actions;

/** The outcome of deciding one order action. */
export type OrderDecision = StateDecision<OrderState>;

/** Decides whether the actor may take `action` on an order in `state`, and the state that follows. */
export function decideOrderAction(state: OrderState, a: OrderActorFacts, action: OrderAction): OrderDecision {
  return decideState(ORDER_WORKFLOW, { state }, a, action);
}

/** One order action the actor may take now, with the fields it needs. */
export type AllowedOrderAction = AllowedAction<OrderAction, OrderActionField>;

/** Every order action the actor may take now (the UI shows exactly these). */
export function allowedOrderActions(state: OrderState, a: OrderActorFacts): AllowedOrderAction[] {
  return allowedActions(ORDER_WORKFLOW, { state }, a);
}
