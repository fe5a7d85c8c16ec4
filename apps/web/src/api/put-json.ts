import type { z } from 'zod';
import { ApiError, errorFromResponse } from './client';

/**
 * PUT a JSON body and check the answer against its contract. `api/client.ts` has no PUT helper
 * yet; this mirrors its `apiPatch` (same errors, same contract check) until one is added there.
 */
export async function apiPut<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
  }
  if (!response.ok) throw await errorFromResponse(response);
  const result = schema.safeParse(await response.json());
  if (result.success) return result.data;
  console.error(`Response of ${path} does not match its contract`, result.error.issues);
  throw new ApiError(500, 'INTERNAL', '服务器返回的数据格式不正确，请联系管理员');
}
