import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';
import { noStateLiterals } from './no-state-literals.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } } });
const invalid = (code, values) => ({ code, errors: values.map((value) => ({ message: new RegExp(`^State literal '${value}' \\(`) })) });

tester.run('no-state-literals', noStateLiterals, {
  valid: [
    // A named set or predicate from packages/shared.
    'if (isOpenCaseState(c.state)) go();',
    'inArray(cases.state, [...OPEN_CASE_STATES]);',
    'const x = sql`${cases.state} in ${sqlLiteralList(TERMINAL_CASE_STATES)}`;',
    // Words that are also states, compared with something that is not a state or status.
    "if (c.tier === 'grid') go();",
    "if (query.mine === 'open') go();",
    "if (p.role === 'co') go();",
    "switch (kind) { case 'done': break; }",
    "['open', 'closed'].includes(tab);",
    "const x = sql`${caseEvents.action} = 'fail' and ${c.tier} = 'grid'`;",
    // Not a lifecycle value at all.
    "if (c.state === 'somethingElse') go();",
    // Writing a state is not comparing it.
    "const patch = { state: 'closed' };",
    "db.update(t).set({ state: 'done' });",
    // A `sql` template that does not compare a state column.
    "const x = sql`select 'closed' as label`;",
    // Prose that mentions a state is not SQL comparing one.
    "const hint = '请先 close 案件 (state = closed)';",
    "const x = `${t.kind} = 'done'`;",
  ],
  invalid: [
    invalid("if (c.state === 'closed') go();", ['closed']),
    invalid("if ('closed' !== c.state) go();", ['closed']),
    invalid("if (state == 'pending') go();", ['pending']),
    invalid("if (e.toState != 'rated') go();", ['rated']),
    invalid("const x = row.status === 'cancelled';", ['cancelled']),
    invalid("if (decision.to === 'approved') go();", ['approved']),
    invalid("if (decision.claimTo === 'confirmed') go();", ['confirmed']),
    invalid("const x = r.referral?.caseState === 'closed';", ['closed']),
    invalid("const x = (c.state as string) === 'open';", ['open']),
    invalid("const el = <Tag color={p.state === 'claimed' ? 'green' : 'blue'} />;", ['claimed']),
    invalid("switch (c.state) { case 'done': break; case 'other': break; case 'released': break; }", ['done', 'released']),
    invalid("['submitted', 'accepted'].includes(c.state);", ['submitted', 'accepted']),
    invalid("new Set(['waitlisted']).has(s.state);", ['waitlisted']),
    invalid("const RUNS_IN = ['registered', 'dispatched']; RUNS_IN.includes(state);", ['registered', 'dispatched']),
    invalid("eq(claims.state, 'claimed');", ['claimed']),
    invalid("ne(needs.state, 'open');", ['open']),
    invalid("inArray(wishes.state, ['fulfilled', 'confirmed']);", ['fulfilled', 'confirmed']),
    invalid("const x = sql`count(*) filter (where ${needs.state} = 'done')`;", ['done']),
    invalid("const x = sql`${t.state} <> 'cancelled' and ${t.state} != 'expired'`;", ['cancelled', 'expired']),
    invalid("const x = sql`${cases.state} not in ('closed', 'rejected')`;", ['closed', 'rejected']),
    invalid("const x = sql<number>`state in ('pending', 'approved')`;", ['pending', 'approved']),
    invalid("const x = sql`where c.state = 'merged' and s.to_state = 'visited'`;", ['merged', 'visited']),
    invalid('const x = sql.raw("(r.status <> \'cancelled\')::int");', ['cancelled']),
    invalid("branch(`from case_limits r where r.state in ('merged', 'visited')`);", ['merged', 'visited']),
    {
      code: "const x = sql`\n  select 1\n  where ${t.kind} = 1 and ${t.state} = 'closed'`;",
      errors: [{ message: /^State literal 'closed' /, line: 3, column: 40, endColumn: 48 }],
    },
  ],
});
