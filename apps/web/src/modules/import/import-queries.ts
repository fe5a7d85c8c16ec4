import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importReport } from '@linli/shared';
import { useState } from 'react';
import { uploadFile } from '../../api/client';
import { orgKeys } from '../org/org-queries';
import { residentKeys } from '../residents/resident-queries';

/** Where the empty ledger template is downloaded from. */
export const TEMPLATE_PATH = '/api/residents/import/template';

/** Uploads a ledger (.xlsx) and answers the per-row report; `progress` is the upload percentage. */
export function useImportLedger() {
  const client = useQueryClient();
  const [progress, setProgress] = useState(0);
  const mutation = useMutation({
    mutationFn: (file: File) => {
      setProgress(0);
      return uploadFile('/api/residents/import', file, importReport, setProgress);
    },
    onSuccess: () => {
      // New households and residents change every list and count that shows them.
      void client.invalidateQueries({ queryKey: residentKeys.all });
      void client.invalidateQueries({ queryKey: orgKeys.all });
    },
  });
  return { ...mutation, progress };
}
