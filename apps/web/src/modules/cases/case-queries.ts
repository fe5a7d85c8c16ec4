import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { caseEndpoints as ep, exportEndpoints, type CaseActionRequest, type CaseDetail, type CreateCaseRequest, type QueryOf } from '@linli/shared';
import { ApiError } from '../../api/api-error';
import { call, hrefOf } from '../../api/client';

/** How many cases the work list shows; `total` says how many there are. */
export const TODO_LIMIT = 50;

/** Filters of the case list (all optional): the list query of `GET /api/cases` without its paging and format. */
export type CaseFilters = Omit<QueryOf<typeof ep.list>, 'limit' | 'after' | 'format'>;

/** Query keys of the cases module. */
export const caseKeys = {
  all: ['cases'] as const,
  lists: ['cases', 'list'] as const,
  list: (f: CaseFilters) => ['cases', 'list', f] as const,
  todo: ['cases', 'todo'] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  categories: ['cases', 'categories'] as const,
  suggest: (text: string, gridId: string | null) => ['cases', 'suggest', text, gridId] as const,
  search: (q: string) => ['cases', 'search', q] as const,
};

/** Path of the case list (a JSON page or, with `xlsx`, the Excel export). */
export function casesPath(f: CaseFilters, extra: Pick<QueryOf<typeof ep.list>, 'limit' | 'after' | 'format'> = {}): string {
  return hrefOf(ep.list, { query: { ...f, ...extra } });
}

/** Cases matching the filters, newest first, page by page (keyset: `nextCursor` is the next `after`). */
export function useCaseList(filters: CaseFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: caseKeys.list(filters),
    queryFn: ({ pageParam }) => call(ep.list, { query: { ...filters, limit: 30, after: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The caller's work list (overdue first) and its size; polled every minute for the menu badge. */
export function useCaseTodo(enabled = true) {
  return useQuery({
    queryKey: caseKeys.todo,
    queryFn: () => call(ep.todo, { query: { limit: TODO_LIMIT } }),
    refetchInterval: 60_000,
    staleTime: 15_000,
    enabled,
  });
}

/** Loads one case (timeline, limits, the caller's allowed actions). */
export function fetchCase(id: string): Promise<CaseDetail> {
  return call(ep.detail, { params: { id } });
}

/** One case with its timeline, limits and the caller's allowed actions. */
export function useCase(id: string | undefined) {
  return useQuery({ queryKey: caseKeys.detail(id ?? ''), queryFn: () => fetchCase(id ?? ''), enabled: Boolean(id), staleTime: 5_000 });
}

/** Takes one workflow action; the answer (the case as it is now) replaces the cached detail. */
export function useCaseAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseActionRequest) => call(ep.act, { params: { id }, body }),
    onSuccess: (detail) => {
      client.setQueryData(caseKeys.detail(id), detail);
      void client.invalidateQueries({ queryKey: caseKeys.todo });
      void client.invalidateQueries({ queryKey: caseKeys.lists });
    },
  });
}

/** The category tree (dictionary); rarely changes. */
export function useCaseCategories() {
  return useQuery({
    queryKey: caseKeys.categories,
    queryFn: () => call(ep.categories).then((r) => r.items),
    staleTime: 10 * 60_000,
  });
}

/** Suggested categories and open look-alike cases in the grid for a description (idle under 4 characters). */
export function useCaseSuggest(text: string, gridId: string | null) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: caseKeys.suggest(trimmed, gridId),
    queryFn: () => call(ep.suggest, { query: { text: trimmed.slice(0, 2000), gridId: gridId ?? undefined } }),
    enabled: trimmed.length >= 4,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Cases whose number or words match `q` (for picking a primary case to merge into); idle while empty. */
export function useCaseSearch(q: string) {
  return useQuery({
    queryKey: caseKeys.search(q),
    queryFn: () => call(ep.list, { query: { q, limit: 10 } }).then((r) => r.items),
    enabled: q.trim().length > 0,
    staleTime: 30_000,
  });
}

/**
 * An `Idempotency-Key` for one submission attempt. `crypto.randomUUID` exists only in secure
 * contexts; a phone opening the app over plain http on the LAN still gets a random key.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * `POST /api/cases` with an `Idempotency-Key`: a retry with the same key returns the case the first
 * attempt created (200) instead of a second one (201).
 */
export function createCase(body: CreateCaseRequest, idempotencyKey: string): Promise<CaseDetail> {
  return call(ep.create, { body }, { headers: { 'Idempotency-Key': idempotencyKey } });
}

/** Creates a case; the lists and the work list are refreshed afterwards. */
export function useCreateCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: CreateCaseRequest; key: string }) => createCase(body, key),
    onSuccess: (detail) => {
      client.setQueryData(caseKeys.detail(detail.id), detail);
      void client.invalidateQueries({ queryKey: caseKeys.lists });
      void client.invalidateQueries({ queryKey: caseKeys.todo });
    },
  });
}

/**
 * "我也遇到" on a case by id: reads its current version, then sends `support`. Popular problems
 * draw several neighbours at once, so a version conflict is retried once on the fresh version.
 */
export async function supportCase(id: string): Promise<{ detail: CaseDetail; already: boolean }> {
  for (let attempt = 0; ; attempt += 1) {
    const current = await fetchCase(id);
    if (current.supportedByMe) return { detail: current, already: true };
    if (!current.allowedActions.some((a) => a.action === 'support')) {
      throw new ApiError(409, 'CONFLICT', '这件事已办结或不在您的网格，不能再点「我也遇到」');
    }
    try {
      const detail = await call(ep.act, { params: { id }, body: { action: 'support', expectedVersion: current.version } });
      return { detail, already: false };
    } catch (error) {
      if (attempt > 0 || !(error instanceof ApiError && error.status === 409 && error.message.includes('他人'))) throw error;
    }
  }
}

/** Says "me too" on a case; the case's cached detail is replaced by the answer. */
export function useSupportCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: supportCase,
    onSuccess: ({ detail }) => {
      client.setQueryData(caseKeys.detail(detail.id), detail);
      void client.invalidateQueries({ queryKey: caseKeys.lists });
    },
  });
}

/** The audited reveal of a case reporter's full phone (never cached: the answer lives in the component only). */
export function useRevealReporterPhone(id: string) {
  return useMutation({ mutationFn: (reason: string) => call(ep.revealReporterPhone, { params: { id }, body: { reason } }) });
}

/** Starts the Excel export of every case matching the filters (written at once when small, else in the background). */
export function requestCaseExport(f: CaseFilters) {
  return call(exportEndpoints.requestCases, { body: f });
}
