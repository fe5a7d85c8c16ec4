import { stateValueIndex } from './state-values.js';

// A name that holds a lifecycle state: `state`, `status`, `toState`, `limitStatus`, `to_state`, or a decision's
// target `to` / `claimTo`. Comparisons against anything else (tiers, roles, kinds, tabs) are not lifecycle logic,
// even when the word is the same ('grid', 'open').
const STATE_NAME = /^(?:state|status|to|from)$|[a-z0-9](?:State|Status|To|From)$|_(?:state|status)$/;
// In SQL text: a column or alias ending in state/status right before the operator (`c.state`, `"to_state"`).
const SQL_STATE_COLUMN = /(?:^|[^\w])(?:\w+\.)?"?\w*(?:state|status)"?\s*$/i;
const SQL_OPERATOR = /(=|<>|!=|\bnot\s+in\s*\(|\bin\s*\()\s*('[^']*'(?:\s*,\s*'[^']*')*)/gi;
const MEMBERSHIP = new Set(['includes', 'has', 'indexOf']);
// drizzle's comparison helpers: `eq(cases.state, 'closed')`, `inArray(claims.state, ['claimed', 'done'])`.
const DRIZZLE_COMPARISONS = new Set(['eq', 'ne', 'inArray', 'notInArray']);
const COMPARISON = new Set(['===', '!==', '==', '!=']);

/** The expression under TS wrappers (`x!`, `x as T`, `x?.y`). */
const unwrap = (node) => {
  let n = node;
  while (n && ['TSNonNullExpression', 'TSAsExpression', 'TSSatisfiesExpression', 'ChainExpression'].includes(n.type)) n = n.expression;
  return n;
};

/** The name an expression is read under: `state`, `c.state` → 'state', `row['to_state']` → 'to_state'. */
const nameOf = (node) => {
  const n = unwrap(node);
  if (!n) return undefined;
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'MemberExpression') {
    if (!n.computed && n.property.type === 'Identifier') return n.property.name;
    if (n.computed && n.property.type === 'Literal' && typeof n.property.value === 'string') return n.property.value;
  }
  return undefined;
};

/** Whether an expression reads a lifecycle state or status. */
const isStateNamed = (node) => STATE_NAME.test(nameOf(node) ?? '');

/** A string literal (or a template literal without expressions) and its value. */
const stringOf = (node) => {
  const n = unwrap(node);
  if (n?.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n?.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0].value.cooked;
  return undefined;
};

/** @type {import('eslint').Rule.RuleModule} */
export const noStateLiterals = {
  meta: {
    type: 'problem',
    docs: { description: 'Lifecycle states are compared only in workflow files; elsewhere use a named state set or predicate from packages/shared.' },
    schema: [],
    messages: {
      literal:
        "State literal '{{value}}' ({{lists}}) compared outside a workflow file: use a named state set or predicate from packages/shared (<module>-states.ts).",
    },
  },
  create(context) {
    const states = stateValueIndex();
    const report = (node, value) => context.report({ node, messageId: 'literal', data: { value, lists: states.get(value).join(', ') } });
    /** Report `node` if it is a state literal. */
    const check = (node) => {
      const value = stringOf(node);
      if (value !== undefined && states.has(value)) report(node, value);
    };
    /** The literal array an identifier is declared with, if it is a local `const xs = [...]`. */
    const declaredArray = (id) => {
      let scope = context.sourceCode.getScope(id);
      while (scope) {
        const variable = scope.set.get(id.name);
        if (variable) {
          const def = variable.defs[0];
          const init = def?.type === 'Variable' && def.parent.kind === 'const' ? unwrap(def.node.init) : undefined;
          return init?.type === 'ArrayExpression' ? init : undefined;
        }
        scope = scope.upper;
      }
      return undefined;
    };
    /** The literal array a membership test runs on: `[...]`, `new Set([...])`, or a local const holding one. */
    const literalArray = (node) => {
      const n = unwrap(node);
      if (n?.type === 'ArrayExpression') return n;
      if (n?.type === 'NewExpression' && nameOf(n.callee) === 'Set' && n.arguments.length === 1) return literalArray(n.arguments[0]);
      if (n?.type === 'Identifier') return declaredArray(n);
      return undefined;
    };
    /**
     * Reports state literals compared in SQL `text` starting at source index `offset`: `c.state = 'closed'`,
     * `state in ('a', 'b')`, or an operator right after an interpolated state column (`afterStateColumn`).
     */
    const sqlComparisons = (text, afterStateColumn, offset) => {
      for (const m of text.matchAll(SQL_OPERATOR)) {
        const before = text.slice(0, m.index);
        if (!(before.trim() === '' ? afterStateColumn : SQL_STATE_COLUMN.test(before))) continue;
        for (const v of m[2].matchAll(/'([^']*)'/g)) {
          if (!states.has(v[1])) continue;
          const at = offset + m.index + m[0].indexOf(m[2]) + v.index;
          const loc = { start: context.sourceCode.getLocFromIndex(at), end: context.sourceCode.getLocFromIndex(at + v[0].length) };
          context.report({ loc, messageId: 'literal', data: { value: v[1], lists: states.get(v[1]).join(', ') } });
        }
      }
    };
    return {
      BinaryExpression(node) {
        if (!COMPARISON.has(node.operator)) return;
        if (isStateNamed(node.right)) check(node.left);
        if (isStateNamed(node.left)) check(node.right);
      },
      SwitchStatement(node) {
        if (!isStateNamed(node.discriminant)) return;
        for (const c of node.cases) if (c.test) check(c.test);
      },
      CallExpression(node) {
        const callee = unwrap(node.callee);
        if (DRIZZLE_COMPARISONS.has(nameOf(callee)) && isStateNamed(node.arguments[0])) {
          const right = node.arguments[1];
          return void (unwrap(right)?.type === 'ArrayExpression' ? literalArray(right).elements.forEach((e) => e && check(e)) : check(right));
        }
        if (callee?.type !== 'MemberExpression' || !MEMBERSHIP.has(nameOf(callee)) || !isStateNamed(node.arguments[0])) return;
        literalArray(callee.object)?.elements.forEach((e) => e && check(e));
      },
      // SQL text: drizzle `sql` templates, and plain strings and templates that become SQL through `sql.raw`.
      TemplateLiteral(node) {
        // A quasi's range starts at its opening ` or }, so its text starts one character later.
        node.quasis.forEach((quasi, i) => sqlComparisons(quasi.value.raw, i > 0 && isStateNamed(node.expressions[i - 1]), quasi.range[0] + 1));
      },
      Literal(node) {
        if (typeof node.value === 'string' && node.raw) sqlComparisons(node.raw.slice(1, -1), false, node.range[0] + 1);
      },
    };
  },
};

/** The repository's own ESLint rules, loaded as the local plugin `linli`. */
export const linliPlugin = { rules: { 'no-state-literals': noStateLiterals } };
