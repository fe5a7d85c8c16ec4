/** Logs in as a demo account and returns the Cookie header value of its session. */
export async function login(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (cookies.length === 0) throw new Error(`login ${username} set no cookie`);
  return cookies.join('; ');
}

/** GETs JSON with a session cookie; throws on a non-2xx answer. */
export async function getJson<T>(base: string, path: string, cookie: string): Promise<T> {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** The cursor of the page `pages` pages deep in `listPath` (fewer when the list ends first). */
export async function deepCursor(base: string, listPath: string, cookie: string, pages: number): Promise<{ cursor: string | null; depth: number }> {
  let cursor: string | null = null;
  let depth = 0;
  for (let i = 0; i < pages; i++) {
    const sep = listPath.includes('?') ? '&' : '?';
    const page: { items: unknown[]; nextCursor: string | null } = await getJson(
      base,
      `${listPath}${sep}limit=200${cursor ? `&after=${encodeURIComponent(cursor)}` : ''}`,
      cookie,
    );
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
    depth += page.items.length;
  }
  return { cursor, depth };
}
