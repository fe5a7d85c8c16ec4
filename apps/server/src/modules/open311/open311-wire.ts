import { xmlDocument, type XmlTree } from './open311-xml';

/**
 * The GeoReport v2 wire shapes (https://wiki.open311.org/GeoReport_v2). Their field names are
 * fixed by the external spec and no Linli page consumes them, so they live with the module
 * instead of in `packages/shared` (DESIGN rule 1 is about our own API's contracts).
 */

/** Output formats, chosen by the resource's extension (`.json`, `.xml`). */
export const OPEN311_FORMATS = ['json', 'xml'] as const;
/** An output format. */
export type Open311Format = (typeof OPEN311_FORMATS)[number];

/** Fields of a service in `GET services`, in spec order. */
export const SERVICE_FIELDS = ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group'] as const;

/** Fields of a service request in `GET requests` / `GET request`, in spec order. */
export const SERVICE_REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
] as const;

/** Fields of an attribute in a service definition, in spec order (`values` only for list types). */
export const ATTRIBUTE_FIELDS = ['variable', 'code', 'datatype', 'required', 'datatype_description', 'order', 'description', 'values'] as const;

/** Fields of the answer to `POST requests`. */
export const POST_RESULT_FIELDS = ['service_request_id', 'service_notice', 'account_id'] as const;

/** One service type (a leaf of the case category tree). */
export type ServiceView = {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime' | 'batch' | 'blackbox';
  keywords: string;
  group: string;
};

/** One attribute of a service definition. */
export type AttributeView = {
  variable: boolean;
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values?: { key: string; name: string }[];
};

/** `GET services/{service_code}`. */
export type ServiceDefinitionView = { service_code: string; attributes: AttributeView[] };

/** One service request as the public sees it: public fields only (never reporter data or internal notes). */
export type ServiceRequestView = {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string | null;
  service_code: string | null;
  description: string;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
};

/** The answer to `POST requests`. */
export type PostResultView = { service_request_id: string; service_notice: string; account_id: string | null };

/** The service discovery document. */
export type DiscoveryView = {
  changeset: string;
  contact: string;
  key_service: string;
  endpoints: { specification: string; url: string; changeset: string; type: 'production' | 'test'; formats: string[] }[];
};

/** An error the spec lets a server answer with: HTTP 400, 403 or 404, as a list of `{code, description}`. */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 500,
    readonly description: string,
  ) {
    super(description);
  }
}

/** A rendered response: body text and its content type. */
export interface Rendered {
  contentType: string;
  body: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const XML_TYPE = 'text/xml; charset=utf-8';

function render(format: Open311Format, json: unknown, xml: () => string): Rendered {
  return format === 'json' ? { contentType: JSON_TYPE, body: JSON.stringify(json) } : { contentType: XML_TYPE, body: xml() };
}

/** `<errors><error><code/><description/></error></errors>` or `[{code, description}]`. */
export function renderErrors(format: Open311Format, status: number, description: string): Rendered {
  const list = [{ code: status, description }];
  return render(format, list, () => xmlDocument('errors', { error: list }));
}

/** `<discovery>…</discovery>`. */
export function renderDiscovery(format: Open311Format, discovery: DiscoveryView): Rendered {
  return render(format, discovery, () =>
    xmlDocument('discovery', {
      changeset: discovery.changeset,
      contact: discovery.contact,
      key_service: discovery.key_service,
      endpoints: { endpoint: discovery.endpoints.map((e) => ({ ...e, formats: { format: e.formats } })) },
    }),
  );
}

/** `<services><service>…</service></services>`. */
export function renderServices(format: Open311Format, services: ServiceView[]): Rendered {
  return render(format, services, () => xmlDocument('services', { service: services }));
}

/** `<service_definition><service_code/><attributes><attribute>…</attribute></attributes></service_definition>`. */
export function renderServiceDefinition(format: Open311Format, definition: ServiceDefinitionView): Rendered {
  return render(format, definition, () =>
    xmlDocument('service_definition', {
      service_code: definition.service_code,
      attributes: {
        attribute: definition.attributes.map(({ values, ...a }): XmlTree => ({ ...a, ...(values ? { values: { value: values } } : {}) })),
      },
    }),
  );
}

/** `<service_requests><request>…</request></service_requests>` or a JSON list. */
export function renderServiceRequests(format: Open311Format, requests: ServiceRequestView[]): Rendered {
  return render(format, requests, () => xmlDocument('service_requests', { request: requests }));
}

/** The answer to `POST requests`: a one-item list, as the spec shows it. */
export function renderPostResult(format: Open311Format, result: PostResultView): Rendered {
  return render(format, [result], () => xmlDocument('service_requests', { request: [result] }));
}
