import { auditEndpoints } from '../audit/audit-endpoints';
import { authEndpoints } from '../auth/auth-endpoints';
import { caseEndpoints } from '../cases/case-endpoints';
import { hotlineEndpoints } from '../cases/hotline/hotline-endpoints';
import { claimsEndpoints } from '../claims/claims-endpoints';
import { calendarEndpoints } from '../calendar/calendar-endpoints';
import { healthEndpoints } from '../health/health-endpoints';
import { notificationEndpoints } from '../notifications/notification-endpoints';
import { orgEndpoints } from '../org/org-endpoints';
import { residentsEndpoints } from '../residents/residents-endpoints';
import { usersEndpoints } from '../users/users-endpoints';
import { volunteerEndpoints } from '../volunteers/volunteer-endpoints';
import { geoEndpoints } from '../geo/geo-endpoints';
import type { EndpointSpec } from './define-endpoint';

/** Every endpoint defined with defineEndpoint, module by module; ROUTE_ACCESS takes their access entries from here. */
export const ENDPOINT_GROUPS: readonly Readonly<Record<string, EndpointSpec>>[] = [
  healthEndpoints,
  authEndpoints,
  orgEndpoints,
  residentsEndpoints,
  usersEndpoints,
  auditEndpoints,
  calendarEndpoints,
  caseEndpoints,
  hotlineEndpoints,
  notificationEndpoints,
  claimsEndpoints,
  volunteerEndpoints,
  geoEndpoints,
];

/** All defined endpoints in one list. */
export const ALL_ENDPOINTS: readonly EndpointSpec[] = ENDPOINT_GROUPS.flatMap((group) => Object.values(group));
