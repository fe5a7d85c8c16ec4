import { z } from 'zod';
import { createCaseRequest } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { buildScope } from '../../platform/auth/data-scope';
import { findAccountName } from '../auth';
import { type Actor } from '../../platform/auth/actor';
import { createCase, findCaseNo } from '../cases';
import { findOrgNode } from '../org';
import { findActiveClientByKey, type Open311Client } from './open311-clients';
import { resolveLocation } from './open311-location';
import { ATTRIBUTE_CODES, findOpen311Service } from './open311-services';
import { Open311Error, type PostResultView } from './open311-wire';

/**
 * The channel Open311 requests come in on: 留言板 (message board), the existing channel for
 * written reports from outside the resident app (DOMAIN §2). Partner apps are such boards.
 */
export const OPEN311_CHANNEL = 'messageBoard' as const;

/** Numbers in JSON bodies are taken as their text (a phone sent as a number is still a phone). */
const text = (max: number) => z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim().max(max));

/** `POST requests` fields (form or JSON); unknown fields are ignored as the spec lets servers do. */
const postRequestBody = z.object({
  api_key: z.string(),
  jurisdiction_id: text(100).optional(),
  service_code: text(50).pipe(z.string().min(1)),
  lat: z.coerce.number().min(-90).max(90).optional(),
  long: z.coerce.number().min(-180).max(180).optional(),
  address_string: text(200).optional(),
  address_id: text(50).optional(),
  email: text(200).optional(),
  device_id: text(200).optional(),
  account_id: text(200).optional(),
  first_name: text(20).optional(),
  last_name: text(20).optional(),
  phone: text(30).optional(),
  description: text(2000).optional(),
  media_url: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
  attribute: z.object({ [ATTRIBUTE_CODES.gridCode]: text(20).optional(), [ATTRIBUTE_CODES.locationDetail]: text(100).optional() }).catchall(z.unknown()),
});
type PostRequestBody = z.infer<typeof postRequestBody>;

/** Flattens `attribute[code]=v` form keys into one `attribute` object and drops empty fields. */
export function normalizeBody(raw: unknown): Record<string, unknown> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Open311Error(400, '请求体应为 application/x-www-form-urlencoded 表单或 JSON 对象');
  const out: Record<string, unknown> = {};
  const attribute: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (value === '' || value === null || value === undefined) continue;
    const match = /^attribute\[([^\]]+)\]$/.exec(key);
    if (match) attribute[match[1]] = value;
    else if (key === 'attribute' && typeof value === 'object' && !Array.isArray(value)) Object.assign(attribute, value);
    else out[key] = value;
  }
  return { ...out, attribute };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue.path.length ? issue.path.map((p, i) => (i === 0 ? String(p) : `[${String(p)}]`)).join('') : 'body';
  return `${field}: ${issue.message}`;
}

/** A mainland mobile from what a client typed (+86, spaces, dashes), or a 400. */
function mobileOf(phone: string): string {
  const digits = phone.replace(/[\s()-]/g, '').replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  if (!/^1[3-9]\d{9}$/.test(digits)) throw new Open311Error(400, 'phone: 请提供11位中国大陆手机号');
  return digits;
}

/** First and last name as one name: Chinese order (surname first) unless both are Latin. */
function fullName(first: string | undefined, last: string | undefined): string | undefined {
  if (!first && !last) return undefined;
  const latin = /^[\x20-\x7e]*$/.test(`${first ?? ''}${last ?? ''}`);
  return (latin ? [first, last].filter(Boolean).join(' ') : `${last ?? ''}${first ?? ''}`).slice(0, 30);
}

/**
 * The client's system user acting with a district-officer post at the client's district, held in
 * memory only: it lets the case intake accept any grid of that district and nothing else, and the
 * account itself holds no post, no password and is disabled for sign-in.
 */
async function clientActor(deps: AppDeps, client: Open311Client, ip: string | null): Promise<{ actor: Actor; districtPath: string }> {
  const district = await findOrgNode(deps, deps.db, { id: client.districtNodeId });
  const user = await findAccountName(deps.db, client.userId);
  if (!district || district.kind !== 'district' || !user) throw new Open311Error(403, '此 api_key 未绑定有效的区县，请联系平台管理员');
  const posts = [
    {
      role: 'districtOfficer' as const,
      nodeId: district.id,
      nodePath: district.path,
      postId: `open311:${client.id}`,
      nodeName: district.name,
      title: 'Open311',
    },
  ];
  return {
    actor: {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      residentId: null,
      hasPassword: false,
      posts,
      scope: buildScope(posts),
      ip,
    },
    districtPath: district.path,
  };
}

/**
 * `POST requests`: checks the api_key (403), the fields and service_code (400), places the
 * request in a grid of the client's district (400 when it cannot), then takes it in through the
 * case intake itself, so validation, the timeline entry, the audit entry and the outbox
 * notification are exactly those of any other case. Email, device_id and account_id are not
 * kept (the case has no place for them; data minimisation).
 */
export async function submitServiceRequest(deps: AppDeps, raw: unknown, meta: { ip: string | null; idempotencyKey?: string }): Promise<PostResultView> {
  const body = normalizeBody(raw);
  const client = typeof body.api_key === 'string' && body.api_key.length <= 200 ? await findActiveClientByKey(deps.db, body.api_key) : undefined;
  if (!client) throw new Open311Error(403, 'api_key 无效或已停用');
  const parsed = postRequestBody.safeParse(body);
  if (!parsed.success) throw new Open311Error(400, firstIssue(parsed.error));
  const input: PostRequestBody = parsed.data;
  const service = await findOpen311Service(deps.db, input.service_code);
  if (!service) throw new Open311Error(400, `service_code ${input.service_code} 不存在，可用服务见 services.json`);
  if ((input.lat === undefined) !== (input.long === undefined)) throw new Open311Error(400, 'lat 与 long 须同时提供');
  const gridCode = input.attribute[ATTRIBUTE_CODES.gridCode] as string | undefined;
  const detail = input.attribute[ATTRIBUTE_CODES.locationDetail] as string | undefined;
  if (input.lat === undefined && !input.address_string && !input.address_id && !gridCode) {
    throw new Open311Error(400, '须提供位置：lat 和 long、address_string 或 address_id 之一');
  }
  const reporterPhone = input.phone ? mobileOf(input.phone) : undefined;

  const { actor, districtPath } = await clientActor(deps, client, meta.ip);
  const place = await resolveLocation(
    deps.db,
    { id: client.districtNodeId, path: districtPath },
    { gridCode, addressId: input.address_id, addressString: input.address_string, point: input.lat === undefined ? undefined : [input.long!, input.lat] },
  );
  const address = [input.address_string, detail].filter(Boolean).join(' ').slice(0, 200);
  let description = input.description ?? '';
  if (description.length < 5) description = `${service.name}：${description || '（未填写描述）'}${address ? `，位置：${address}` : ''}`;
  if (input.media_url) description = `${description}\n图片：${input.media_url}`;
  const intake = createCaseRequest.safeParse({
    description: description.slice(0, 2000),
    categoryId: service.categoryId,
    channel: OPEN311_CHANNEL,
    gridId: place.gridId,
    locationNodeId: place.locationNodeId,
    address: address || undefined,
    lat: input.lat,
    lng: input.long,
    reporterName: fullName(input.first_name, input.last_name),
    reporterPhone,
  });
  if (!intake.success) throw new Open311Error(400, firstIssue(intake.error));
  const { id } = await createCase(deps, actor, intake.data, meta.idempotencyKey);
  const caseNo = (await findCaseNo(deps.db, id))!;
  return { service_request_id: caseNo, service_notice: `已转交${place.gridName}受理，可凭编号 ${caseNo} 查询办理进度`, account_id: null };
}
