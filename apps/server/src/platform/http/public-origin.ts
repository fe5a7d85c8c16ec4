import type { FastifyRequest } from 'fastify';

/** A Host header we are willing to echo into a URL (anything else becomes localhost). */
const SAFE_HOST = /^[A-Za-z0-9.:[\]-]{1,255}$/;

/**
 * The scheme and host the request reached us by, as Fastify sees them: X-Forwarded-Proto and
 * X-Forwarded-Host count only when they come from a trusted proxy (`trustProxy`, LINLI_TRUST_PROXY).
 */
export function requestOrigin(request: FastifyRequest): string {
  const host = SAFE_HOST.test(request.host) ? request.host : 'localhost';
  return `${request.protocol === 'https' ? 'https' : 'http'}://${host}`;
}

/**
 * The base of absolute URLs handed to others (Open311 discovery, Link, media_url): LINLI_PUBLIC_URL
 * when configured (without a trailing slash), else {@link requestOrigin}.
 */
export function publicOrigin(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ? publicUrl.replace(/\/+$/, '') : requestOrigin(request);
}
