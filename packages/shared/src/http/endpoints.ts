import { auditEndpoints } from '../audit/audit-endpoints';
import { caseEndpoints } from '../cases/case-endpoints';
import { hotlineEndpoints } from '../cases/hotline/hotline-endpoints';
import { claimsEndpoints } from '../claims/claims-endpoints';
import { calendarEndpoints } from '../calendar/calendar-endpoints';
import { notificationEndpoints } from '../notifications/notification-endpoints';
import { orgEndpoints } from '../org/org-endpoints';
import { volunteerEndpoints } from '../volunteers/volunteer-endpoints';
import type { EndpointSpec } from './define-endpoint';

/** Every endpoint defined with defineEndpoint, module by module; ROUTE_ACCESS takes their access entries from here. */
export const ENDPOINT_GROUPS: readonly Readonly<Record<string, EndpointSpec>>[] = [
  caseEndpoints,
  hotlineEndpoints,
  claimsEndpoints,
  orgEndpoints,
  calendarEndpoints,
  notificationEndpoints,
  volunteerEndpoints,
  auditEndpoints,
];

/** All defined endpoints in one list. */
export const ALL_ENDPOINTS: readonly EndpointSpec[] = ENDPOINT_GROUPS.flatMap((group) => Object.values(group));
