/** How log lines are written: one JSON object a line (collectors, journald), or short human lines for a terminal. */
export type LogFormat = 'json' | 'pretty';

/** LINLI_LOG_FORMAT (`json` or `pretty`); unset: pretty when stdout is a terminal, JSON otherwise (a service, a pipe). */
export function logFormatOf(env: NodeJS.ProcessEnv = process.env, isTty = Boolean(process.stdout.isTTY)): LogFormat {
  const asked = env.LINLI_LOG_FORMAT?.trim().toLowerCase();
  if (asked === 'json' || asked === 'pretty') return asked;
  if (asked) throw new Error(`LINLI_LOG_FORMAT 须为 json 或 pretty：${env.LINLI_LOG_FORMAT}`);
  return isTty ? 'pretty' : 'json';
}

/** Levels written to stderr; the rest goes to stdout. */
const TO_STDERR = new Set(['warn', 'error', 'fatal']);
/** Fields every JSON line carries that the pretty form leaves out. */
const QUIET_FIELDS = new Set(['level', 'time', 'pid', 'hostname', 'msg']);

/** Where the logger writes: a stream object pino accepts (`write` of one serialised line). */
export interface LogSink {
  write(line: string): void;
}

/**
 * The sink of a format. Both look up process.stdout/stderr at each write (tests spy on them).
 * JSON lines go unchanged, warnings and errors to stderr. Pretty lines read like the start-up
 * lines always have (`[linli] …`), with the level for anything but info, other fields as
 * `key=value`, and an error's stack on the lines below.
 */
export function createLogSink(format: LogFormat): LogSink {
  return {
    write(line: string) {
      const level = /"level":"(\w+)"/.exec(line)?.[1] ?? 'info';
      const out = TO_STDERR.has(level) ? process.stderr : process.stdout;
      out.write(format === 'json' ? line : prettyLine(line, level));
    },
  };
}

/** One JSON log line as a human reads it. */
function prettyLine(line: string, level: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const { err, ...rest } = entry;
  const fields = Object.entries(rest)
    .filter(([key]) => !QUIET_FIELDS.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  // Lines already naming their part (`[linli] …`, `[outbox] …`) keep it; Fastify's own lines get `[linli]`.
  const msg = String(entry.msg ?? '');
  const [tag, text] = /^\[[\w-]+\] /.test(msg) ? [msg.slice(0, msg.indexOf(']') + 1), msg.slice(msg.indexOf(']') + 2)] : ['[linli]', msg];
  const head = `${tag}${level === 'info' ? '' : ` ${level.toUpperCase()}`} ${text}${fields.length ? `  ${fields.join(' ')}` : ''}`;
  const stack = err && typeof err === 'object' ? ((err as { stack?: string }).stack ?? (err as { message?: string }).message) : undefined;
  return `${head}${stack ? `\n${stack}` : ''}\n`;
}
