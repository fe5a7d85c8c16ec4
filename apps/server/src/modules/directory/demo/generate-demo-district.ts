import type { PiiCipher } from '../../../platform/crypto/pii-cipher';
import type { Db } from '../../../platform/db/database';
import { insertDemoAccounts } from '../../auth';
import { generateDemoTree, type DemoTotals, type GenerateDemoOptions } from '../../org';
import { addDemoHousehold } from '../../residents';

/**
 * Generates the demo district (see org's `generateDemoTree`): the tree from org, its households and
 * residents written by the residents module, its accounts by auth, in one transaction.
 */
export function generateDemoDistrict(db: Db, cipher: PiiCipher, options: GenerateDemoOptions): Promise<DemoTotals> {
  return generateDemoTree(db, cipher, options, { addHousehold: addDemoHousehold, insertAccounts: insertDemoAccounts });
}
