import { useMutation, useQueryClient } from '@tanstack/react-query';
import { caseCategoryView, type CaseCategoryView, type updateCategoryRequest } from '@linli/shared';
import type { z } from 'zod';
import { caseKeys } from '../case-queries';
import { apiPut } from '../../../api/put-json';

// The list itself is the cases module's `useCaseCategories` (one cache for pickers, the dashboard and this editor).
export { useCaseCategories } from '../case-queries';

/** Edits one category (admins); every picker sees the change at once and the list is refreshed. */
export function useUpdateCategory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string } & z.input<typeof updateCategoryRequest>) =>
      apiPut(`/api/case-categories/${encodeURIComponent(id)}`, body, caseCategoryView),
    onSuccess: (saved) => {
      client.setQueryData(caseKeys.categories, (items: CaseCategoryView[] | undefined) => items?.map((c) => (c.id === saved.id ? saved : c)));
      void client.invalidateQueries({ queryKey: caseKeys.categories });
    },
  });
}
