import { openTo, readOf, writeOf } from '../access/access-of';
import { idParams, okResponse } from '../common/page';
import { defineEndpoint } from '../http/define-endpoint';
import { changePasswordRequest, loginRequest, meResponse, otpLoginRequest, otpSendRequest, sessionResponse } from './contracts';
import {
  approveResidenceClaimRequest,
  createResidenceClaimRequest,
  myResidenceClaimResponse,
  rejectResidenceClaimRequest,
  residenceClaimsResponse,
  residenceClaimView,
} from './residence-claims';

const tag = 'auth';

/** The auth module's endpoints: signing in and out, the password, `/api/me` and the session check, and residence claims 住址认证. */
export const authEndpoints = {
  login: defineEndpoint({ method: 'POST', path: '/api/auth/login', tag, access: openTo('signing in'), body: loginRequest, response: meResponse }),
  sendOtp: defineEndpoint({
    method: 'POST',
    path: '/api/auth/otp/send',
    tag,
    access: openTo('signing in (rate-limited per phone, IP and district)'),
    body: otpSendRequest,
    response: okResponse,
  }),
  otpLogin: defineEndpoint({ method: 'POST', path: '/api/auth/otp/login', tag, access: openTo('signing in'), body: otpLoginRequest, response: meResponse }),
  logout: defineEndpoint({ method: 'POST', path: '/api/auth/logout', tag, access: openTo("ends the caller's own session if any"), response: okResponse }),
  changePassword: defineEndpoint({
    method: 'POST',
    path: '/api/auth/password',
    tag,
    access: writeOf('account'),
    body: changePasswordRequest,
    response: okResponse,
  }),
  me: defineEndpoint({ method: 'GET', path: '/api/me', tag, access: readOf('account'), response: meResponse }),
  /** The web's session check: 200 with `me: null` without a session, so a login page load logs no 401. */
  session: defineEndpoint({
    method: 'GET',
    path: '/api/session',
    tag,
    access: openTo('whether the caller is signed in: its own user or null'),
    response: sessionResponse,
  }),

  // ---- residence claims 住址认证: a pending resident's own claim, and the staff's list and decisions
  myResidenceClaim: defineEndpoint({ method: 'GET', path: '/api/me/residence-claim', tag, access: readOf('account'), response: myResidenceClaimResponse }),
  createResidenceClaim: defineEndpoint({
    method: 'POST',
    path: '/api/me/residence-claim',
    tag,
    access: writeOf('account'),
    body: createResidenceClaimRequest,
    response: residenceClaimView,
  }),
  residenceClaims: defineEndpoint({
    method: 'GET',
    path: '/api/residence-claims',
    tag,
    access: readOf('residenceClaim'),
    response: residenceClaimsResponse,
  }),
  approveResidenceClaim: defineEndpoint({
    method: 'POST',
    path: '/api/residence-claims/:id/approve',
    tag,
    access: writeOf('residenceClaim'),
    params: idParams,
    body: approveResidenceClaimRequest,
    response: residenceClaimView,
  }),
  rejectResidenceClaim: defineEndpoint({
    method: 'POST',
    path: '/api/residence-claims/:id/reject',
    tag,
    access: writeOf('residenceClaim'),
    params: idParams,
    body: rejectResidenceClaimRequest,
    response: residenceClaimView,
  }),
};
