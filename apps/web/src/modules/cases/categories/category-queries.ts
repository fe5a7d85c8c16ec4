import { useMutation, useQueryClient } from '@tanstack/react-query';
import { caseEndpoints as ep, type BodyOf, type CaseCategoryView } from '@linli/shared';
import { call } from '../../../api/client';
import { caseKeys } from '../case-queries';

// The list itself is the cases module's `useCaseCategories` (one cache for pickers, the dashboard and this editor).
export { useCaseCategories } from '../case-queries';

/** Edits one category (admins); every picker sees the change at once and the list is refreshed. */
export function useUpdateCategory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string } & BodyOf<typeof ep.updateCategory>) => call(ep.updateCategory, { params: { id }, body }),
    onSuccess: (saved) => {
      client.setQueryData(caseKeys.categories, (items: CaseCategoryView[] | undefined) => items?.map((c) => (c.id === saved.id ? saved : c)));
      void client.invalidateQueries({ queryKey: caseKeys.categories });
    },
  });
}
