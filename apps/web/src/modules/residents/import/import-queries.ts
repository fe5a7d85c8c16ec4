import { residentsEndpoints as ep } from '@linli/shared';
import { hrefOf } from '../../../api/client';
import { useExcelUpload } from '../../../ui/excel-import/use-excel-upload';
import { orgKeys } from '../../org';
import { residentKeys } from '../resident-queries';

/** Where the empty ledger template is downloaded from. */
export const TEMPLATE_PATH = hrefOf(ep.importTemplate);

// New households and residents change every list and count that shows them.
const LEDGER_REFRESHES = [residentKeys.all, orgKeys.all];

/** Uploads a ledger (.xlsx) and answers the per-row report; `progress` is the upload percentage. */
export function useImportLedger() {
  return useExcelUpload(hrefOf(ep.import), ep.import.response, LEDGER_REFRESHES);
}
