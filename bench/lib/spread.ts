import { BACKEND_HEADER } from './proxy';

/** One answer seen through the proxy: which backend gave it (undefined when none said) and whether it was 2xx. */
export interface ProxiedAnswer {
  backend: number | undefined;
  ok: boolean;
}

/** Successful answers per backend index (0 … backends-1), and how many answers failed or named no backend. */
export function tally(answers: readonly ProxiedAnswer[], backends: number): { ok: number[]; failed: number } {
  const ok = Array.from({ length: backends }, () => 0);
  let failed = 0;
  for (const a of answers) {
    if (a.ok && a.backend !== undefined && a.backend >= 0 && a.backend < backends) ok[a.backend]++;
    else failed++;
  }
  return { ok, failed };
}

/**
 * GETs `path` through the proxy `times` times, one after another, with a session cookie, and
 * counts the successful answers per backend: a session every instance accepts shows up on all.
 */
export async function answersPerBackend(
  proxyBase: string,
  path: string,
  cookie: string,
  times: number,
  backends: number,
): Promise<{ ok: number[]; failed: number }> {
  const answers: ProxiedAnswer[] = [];
  for (let i = 0; i < times; i++) {
    const res = await fetch(`${proxyBase}${path}`, { headers: { cookie } });
    await res.arrayBuffer();
    const header = res.headers.get(BACKEND_HEADER);
    answers.push({ backend: header === null ? undefined : Number(header), ok: res.ok });
  }
  return tally(answers, backends);
}
