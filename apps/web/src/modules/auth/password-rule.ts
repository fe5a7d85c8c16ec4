import { passwordProblem } from '@linli/shared';
import type { Rule } from 'antd/es/form';

/** An antd rule with the server's password policy, so a weak password is refused as it is typed; `username` is read at check time. */
export function passwordRule(username: () => string | undefined): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value === '') return;
      const problem = passwordProblem(value, username());
      if (problem) throw new Error(problem);
    },
  };
}
