import { exportOf, readOf, writeOf } from '../access/access-of';
import { idParams, pageOf } from '../common/page';
import { defineEndpoint } from '../http/define-endpoint';
import {
  codeCheckinRequest,
  complianceList,
  complianceQuery,
  deliberationAreaFiguresQuery,
  deliberationAreaFiguresResponse,
  createMeetingRequest,
  createSeriesRequest,
  createSuggestionRequest,
  funnelQuery,
  funnelReport,
  leaveRequest,
  listMeetingsQuery,
  listSeriesQuery,
  listSuggestionsQuery,
  meetingActionRequest,
  meetingCheckinResult,
  meetingDetail,
  meetingList,
  meetingScanRequest,
  meetingTokenResponse,
  myMeetingsResponse,
  registrationView,
  seriesView,
  suggestionActionRequest,
  suggestionDetail,
  suggestionListItem,
} from './deliberation-contracts';
import { voteEndpoints } from './vote-endpoints';
import { z } from 'zod';

const tag = 'deliberation';
const meetingRead = readOf('meeting');
const meetingWrite = writeOf('meeting');
const suggestionRead = readOf('suggestion');
const suggestionWrite = writeOf('suggestion');

/** The deliberation module's endpoints (DOMAIN §5): meetings with registration and check-in, suggestions, held vs required, the funnel. */
export const deliberationEndpoints = {
  // ---- series and the calendar
  series: defineEndpoint({
    method: 'GET',
    path: '/api/meeting-series',
    tag,
    access: meetingRead,
    query: listSeriesQuery,
    response: z.object({ items: z.array(seriesView) }),
  }),
  createSeries: defineEndpoint({
    method: 'POST',
    path: '/api/meeting-series',
    tag,
    access: meetingWrite,
    body: createSeriesRequest,
    response: seriesView,
    status: 201,
  }),
  meetings: defineEndpoint({ method: 'GET', path: '/api/meetings', tag, access: meetingRead, query: listMeetingsQuery, response: meetingList }),
  meetingsExport: defineEndpoint({ method: 'GET', path: '/api/meetings/export', tag, access: exportOf('meeting'), query: listMeetingsQuery }),
  createMeeting: defineEndpoint({
    method: 'POST',
    path: '/api/meetings',
    tag,
    access: meetingWrite,
    body: createMeetingRequest,
    response: meetingDetail,
    status: 201,
  }),
  meeting: defineEndpoint({ method: 'GET', path: '/api/meetings/:id', tag, access: meetingRead, params: idParams, response: meetingDetail }),
  actOnMeeting: defineEndpoint({
    method: 'POST',
    path: '/api/meetings/:id/actions',
    tag,
    access: meetingWrite,
    params: idParams,
    body: meetingActionRequest,
    response: meetingDetail,
  }),

  // ---- registration, waitlist and check-in
  register: defineEndpoint({ method: 'POST', path: '/api/meetings/:id/registrations', tag, access: meetingWrite, params: idParams, response: meetingDetail }),
  leave: defineEndpoint({
    method: 'POST',
    path: '/api/meeting-registrations/:id/leave',
    tag,
    access: meetingWrite,
    params: idParams,
    body: leaveRequest,
    response: meetingDetail,
  }),
  codeCheckin: defineEndpoint({
    method: 'POST',
    path: '/api/meetings/:id/check-in',
    tag,
    access: meetingWrite,
    params: idParams,
    body: codeCheckinRequest,
    response: registrationView,
  }),
  checkinToken: defineEndpoint({
    method: 'GET',
    path: '/api/meetings/:id/checkin-token',
    tag,
    access: meetingWrite,
    params: idParams,
    response: meetingTokenResponse,
  }),
  scanCheckin: defineEndpoint({
    method: 'POST',
    path: '/api/meeting-checkins',
    tag,
    access: meetingWrite,
    body: meetingScanRequest,
    response: meetingCheckinResult,
  }),
  myMeetings: defineEndpoint({ method: 'GET', path: '/api/my-meeting-registrations', tag, access: meetingRead, response: myMeetingsResponse }),

  // ---- held vs required
  compliance: defineEndpoint({
    method: 'GET',
    path: '/api/meeting-compliance',
    tag,
    access: readOf('deliberationStats'),
    query: complianceQuery,
    response: complianceList,
  }),

  // ---- suggestions 建议
  createSuggestion: defineEndpoint({
    method: 'POST',
    path: '/api/suggestions',
    tag,
    access: suggestionWrite,
    body: createSuggestionRequest,
    response: suggestionDetail,
    status: 201,
  }),
  suggestions: defineEndpoint({
    method: 'GET',
    path: '/api/suggestions',
    tag,
    access: suggestionRead,
    query: listSuggestionsQuery,
    response: pageOf(suggestionListItem),
  }),
  suggestionsExport: defineEndpoint({
    method: 'GET',
    path: '/api/suggestions/export',
    tag,
    access: exportOf('suggestion'),
    query: listSuggestionsQuery.omit({ after: true, limit: true }),
  }),
  suggestion: defineEndpoint({ method: 'GET', path: '/api/suggestions/:id', tag, access: suggestionRead, params: idParams, response: suggestionDetail }),
  actOnSuggestion: defineEndpoint({
    method: 'POST',
    path: '/api/suggestions/:id/actions',
    tag,
    access: suggestionWrite,
    params: idParams,
    body: suggestionActionRequest,
    response: suggestionDetail,
  }),
  mySuggestions: defineEndpoint({
    method: 'GET',
    path: '/api/my-suggestions',
    tag,
    access: suggestionRead,
    response: z.object({ items: z.array(suggestionListItem) }),
  }),

  // ---- the funnel report
  funnel: defineEndpoint({
    method: 'GET',
    path: '/api/suggestion-funnel',
    tag,
    access: readOf('deliberationStats'),
    query: funnelQuery,
    response: funnelReport,
  }),
  /** One area's figures and its child areas' over a period: the command-centre dashboard's 协商议事 panel. */
  areaFigures: defineEndpoint({
    method: 'GET',
    path: '/api/deliberation-figures/areas',
    tag,
    access: readOf('deliberationStats'),
    query: deliberationAreaFiguresQuery,
    response: deliberationAreaFiguresResponse,
  }),
  funnelExport: defineEndpoint({ method: 'GET', path: '/api/suggestion-funnel/export', tag, access: exportOf('deliberationStats'), query: funnelQuery }),

  // ---- live votes 表决
  ...voteEndpoints,
};
