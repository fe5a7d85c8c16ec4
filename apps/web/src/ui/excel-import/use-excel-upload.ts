import { useMutation, type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { uploadFile } from '../../api/client';

/** What an Excel import page needs from its upload: the mutation state plus the upload percentage. */
export interface ExcelUpload<R> {
  mutate: (file: File, options?: { onSuccess?: (report: R) => void }) => void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: R | undefined;
  progress: number;
}

/** Uploads one .xlsx to `path`, validates the per-row report against `schema` and refreshes `invalidates` after success. */
export function useExcelUpload<S extends z.ZodType>(path: string, schema: S, invalidates: readonly QueryKey[]): ExcelUpload<z.output<S>> {
  const client = useQueryClient();
  const [progress, setProgress] = useState(0);
  const mutation = useMutation({
    mutationFn: (file: File) => {
      setProgress(0);
      return uploadFile(path, file, schema, setProgress);
    },
    onSuccess: () => {
      for (const queryKey of invalidates) void client.invalidateQueries({ queryKey });
    },
  });
  return { ...mutation, progress };
}
