import type { ImportRowResult } from '@linli/shared';

/** Tag colour of each import row status. */
export const IMPORT_STATUS_COLORS: Record<ImportRowResult['status'], string> = {
  created: 'green',
  updated: 'blue',
  unchanged: 'default',
  rejected: 'red',
};
