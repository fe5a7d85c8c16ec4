import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ERROR_STATUS } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { AppError } from '../../platform/errors';
import { UNAVAILABLE_RETRY_AFTER_SECONDS, logRequestError } from '../../platform/http/error-handler';
import { isDatabaseUnavailable } from '../../platform/db/unavailable';
import { publicOrigin } from '../../platform/http/public-origin';
import { submitServiceRequest } from './open311-intake';
import { getPublicRequest, listPublicRequests, type MediaUrl, type RequestFilter } from './open311-requests';
import { findOpen311Service, listOpen311Services, toServiceDefinition, toServiceView } from './open311-services';
import {
  OPEN311_FORMATS,
  Open311Error,
  renderDiscovery,
  renderErrors,
  renderPostResult,
  renderServiceDefinition,
  renderServiceRequests,
  renderServices,
  type Open311Format,
  type Rendered,
} from './open311-wire';

/** Where the endpoints live. */
export const OPEN311_PREFIX = '/open311/v2';
/** Changeset of the discovery document: when this endpoint set last changed shape. */
const CHANGESET = '2026-11-23T00:00:00Z';
const SPEC_URL = 'http://wiki.open311.org/GeoReport_v2';
const DEFAULT_WINDOW_DAYS = 90;
const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 1000;
const MAX_IDS = 1000;
const DAY_MS = 86_400_000;

function nowOf(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}

/** The format a URL asks for by its extension; JSON when it names none we serve. */
function formatOfUrl(url: string): Open311Format {
  return /\.xml(?:$|\?)/.test(url) ? 'xml' : 'json';
}

/** `name.ext` → [name, format], or a 404 for an unknown extension. */
function splitFile(file: string): [string, Open311Format] {
  const match = /^(.+)\.(json|xml)$/.exec(file);
  if (!match) throw new Open311Error(404, `资源不存在：${file}（请使用 .json 或 .xml）`);
  return [match[1], match[2] as Open311Format];
}

function send(reply: FastifyReply, rendered: Rendered, status = 200) {
  return reply.status(status).header('content-type', rendered.contentType).send(rendered.body);
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * Photo links for partners: signed, valid one to two weeks. The expiry is rounded up to a week
 * boundary so the same photo gets the same URL all week and partners' caches keep working.
 */
function mediaUrlFor(deps: AppDeps, request: FastifyRequest): MediaUrl {
  const now = deps.now ? deps.now() : new Date();
  const expiresAt = new Date((Math.floor(now.getTime() / WEEK_MS) + 2) * WEEK_MS);
  const origin = publicOrigin(request, deps.publicUrl);
  return (key) => `${origin}/api/files/${key}?${deps.fileLinks.sign(key, expiresAt)}`;
}

/** A query value that may be repeated or comma-delimited, as a trimmed list. */
function listParam(value: unknown): string[] | undefined {
  const parts = (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return parts.length ? parts : undefined;
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO 8601 date-time with its zone, or a plain date taken as midnight in Beijing. */
function dateParam(name: string, value: unknown): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const text = String(value).trim();
  const normalised = ISO_DATE.test(text) ? `${text}T00:00:00+08:00` : ISO_DATETIME.test(text) ? text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2') : null;
  const date = normalised ? new Date(normalised) : null;
  if (!date || Number.isNaN(date.getTime())) throw new Open311Error(400, `${name} 须为 ISO 8601 日期时间，如 2026-03-01T00:00:00+08:00`);
  return date;
}

const scalar = z.union([z.string(), z.array(z.string())]).optional();
const listQuery = z.object({
  service_request_id: scalar,
  service_code: scalar,
  status: scalar,
  start_date: scalar,
  end_date: scalar,
  page_size: scalar,
  after: scalar,
  jurisdiction_id: scalar,
});

/**
 * `GET requests` parameters: ids (which override the rest), service codes, statuses, and the
 * requested_datetime window, which defaults to the last 90 days and may not span more (spec).
 */
function requestFilter(query: unknown, now: Date): RequestFilter {
  const q = listQuery.safeParse(query ?? {});
  if (!q.success) throw new Open311Error(400, '查询参数格式错误');
  const single = (name: string, v: string | string[] | undefined) => {
    if (Array.isArray(v)) throw new Open311Error(400, `${name} 只能提供一次`);
    return v;
  };
  const caseNos = listParam(q.data.service_request_id);
  if (caseNos && caseNos.length > MAX_IDS) throw new Open311Error(400, `service_request_id 一次最多 ${MAX_IDS} 个`);
  if (caseNos?.some((id) => !/^\d{8,20}$/.test(id))) throw new Open311Error(400, 'service_request_id 格式错误');
  const statuses = listParam(q.data.status);
  if (statuses?.some((s) => s !== 'open' && s !== 'closed')) throw new Open311Error(400, 'status 只能是 open 或 closed');
  const sizeText = single('page_size', q.data.page_size);
  const limit = sizeText === undefined ? DEFAULT_PAGE_SIZE : Number(sizeText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw new Open311Error(400, `page_size 须为 1 到 ${MAX_PAGE_SIZE} 的整数`);
  const after = single('after', q.data.after);
  if (after !== undefined && !/^\d{8,20}$/.test(after)) throw new Open311Error(400, 'after 须为上一页最后一条的 service_request_id');
  let start = dateParam('start_date', single('start_date', q.data.start_date));
  let end = dateParam('end_date', single('end_date', q.data.end_date));
  if (!start && !end) end = now;
  if (!start) start = new Date(end!.getTime() - DEFAULT_WINDOW_DAYS * DAY_MS);
  if (!end) end = new Date(start.getTime() + DEFAULT_WINDOW_DAYS * DAY_MS);
  if (end < start) throw new Open311Error(400, 'end_date 不能早于 start_date');
  if (end.getTime() - start.getTime() > DEFAULT_WINDOW_DAYS * DAY_MS)
    throw new Open311Error(400, `start_date 与 end_date 相隔不能超过 ${DEFAULT_WINDOW_DAYS} 天`);
  return { caseNos, serviceCodes: listParam(q.data.service_code), statuses: statuses as RequestFilter['statuses'], start, end, after, limit };
}

/** Any error as the spec's error list, in the format the URL asked for; never a bare 500 for bad input. */
function open311ErrorOf(err: unknown): { status: number; description: string } {
  if (err instanceof Open311Error) return { status: err.status, description: err.description };
  if (err instanceof AppError) {
    const status = ERROR_STATUS[err.code];
    return { status: err.code === 'UNAUTHENTICATED' ? 403 : status, description: err.field ? `${err.field}: ${err.message}` : err.message };
  }
  const e = err as { statusCode?: number; code?: string; message?: string };
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || e.statusCode === 413) return { status: 413, description: '提交的内容过大' };
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return { status: 400, description: `请求格式错误：${e.message ?? ''}` };
  if (isDatabaseUnavailable(err)) return { status: 503, description: `数据库暂时不可用，请 ${UNAVAILABLE_RETRY_AFTER_SECONDS} 秒后重试` };
  return { status: 500, description: '服务器内部错误' };
}

/**
 * Open311 GeoReport v2 (DOMAIN §2 interoperability): discovery, services from the active leaves
 * of the case category tree, public service requests (public fields only, no login), and
 * `POST requests` for registered partner clients with an api_key. Errors are the spec's
 * `[{code, description}]` list (or `<errors>`), with 400, 403 or 404.
 */
export function registerOpen311Routes(app: FastifyInstance, deps: AppDeps): void {
  app.register(
    async (scope) => {
      // The spec posts application/x-www-form-urlencoded; Fastify parses only JSON by itself.
      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      });
      scope.addHook('onSend', async (request, reply) => {
        // Public read API: any web client may call it.
        if (request.method === 'GET') reply.header('access-control-allow-origin', '*');
      });
      scope.setErrorHandler((err, request, reply) => {
        const { status, description } = open311ErrorOf(err);
        if (status === 503) reply.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
        else if (status >= 500) logRequestError(request, err);
        return send(reply, renderErrors(formatOfUrl(request.url), status, description), status);
      });
      scope.setNotFoundHandler((request, reply) =>
        send(reply, renderErrors(formatOfUrl(request.url), 404, `资源不存在：${request.method} ${request.url.split('?')[0]}`), 404),
      );

      const doc = { tags: ['open311'] };
      for (const format of OPEN311_FORMATS) {
        scope.get(`/discovery.${format}`, { schema: { ...doc, summary: 'Open311 service discovery' } }, async (request, reply) => {
          const url = `${publicOrigin(request, deps.publicUrl)}${OPEN311_PREFIX}`;
          return send(
            reply,
            renderDiscovery(format, {
              changeset: CHANGESET,
              contact: '请联系区县网格化服务管理中心（城市运行管理服务中心）',
              key_service: 'POST 需要 api_key：由平台管理员为合作方登记后发放',
              endpoints: [{ specification: SPEC_URL, url, changeset: CHANGESET, type: 'production', formats: ['text/xml', 'application/json'] }],
            }),
          );
        });

        scope.get(`/services.${format}`, { schema: { ...doc, summary: 'GET services' } }, async (_request, reply) =>
          send(reply, renderServices(format, (await listOpen311Services(deps.db)).map(toServiceView))),
        );

        scope.get(`/requests.${format}`, { schema: { ...doc, summary: 'GET requests (public fields only)' } }, async (request, reply) => {
          const filter = requestFilter(request.query, nowOf(deps));
          const { items, more } = await listPublicRequests(deps.db, filter, mediaUrlFor(deps, request));
          if (more && items.length) {
            const next = new URLSearchParams(request.query as Record<string, string>);
            next.set('after', items[items.length - 1].service_request_id);
            reply.header('link', `<${publicOrigin(request, deps.publicUrl)}${OPEN311_PREFIX}/requests.${format}?${next.toString()}>; rel="next"`);
          }
          return send(reply, renderServiceRequests(format, items));
        });

        scope.post(`/requests.${format}`, { schema: { ...doc, summary: 'POST a service request (api_key)' } }, async (request, reply) => {
          const key = request.headers['idempotency-key'];
          const idempotencyKey = typeof key === 'string' && key.length >= 8 && key.length <= 100 ? key : undefined;
          const result = await submitServiceRequest(deps, request.body, { ip: request.ip, idempotencyKey });
          return send(reply, renderPostResult(format, result));
        });
      }

      scope.get('/services/:file', { schema: { ...doc, summary: 'GET a service definition' } }, async (request, reply) => {
        const [code, format] = splitFile((request.params as { file: string }).file);
        const service = await findOpen311Service(deps.db, code);
        if (!service) throw new Open311Error(404, `service_code ${code} 不存在`);
        return send(reply, renderServiceDefinition(format, toServiceDefinition(service)));
      });

      scope.get('/requests/:file', { schema: { ...doc, summary: 'GET one service request (public fields only)' } }, async (request, reply) => {
        const [caseNo, format] = splitFile((request.params as { file: string }).file);
        if (!/^\d{8,20}$/.test(caseNo)) throw new Open311Error(404, `服务请求 ${caseNo} 不存在`);
        return send(reply, renderServiceRequests(format, [await getPublicRequest(deps.db, caseNo, mediaUrlFor(deps, request))]));
      });
    },
    { prefix: OPEN311_PREFIX },
  );
}
