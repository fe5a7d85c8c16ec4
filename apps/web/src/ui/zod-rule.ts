import type { Rule } from 'antd/es/form';
import type { z } from 'zod';

/** An antd form rule that checks a value with a zod schema from @linli/shared and shows its Chinese message. */
export function zodRule(schema: z.ZodType, fallbackMessage = '格式不正确'): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? fallbackMessage);
    },
  };
}
