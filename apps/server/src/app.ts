import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppDeps } from './platform/app-deps';
import { registerErrorHandler } from './platform/http/error-handler';
import { registerCrossSiteGuard } from './platform/http/cross-site';
import { registerInputSanitiser } from './platform/http/input-sanitiser';
import { registerLoginThrottle } from './platform/http/login-throttle';
import { registerSecurityHeaders } from './platform/http/security-headers';
import { registerStaticWeb } from './platform/http/static-web';
import { registerReadinessRoute, unreadyReason } from './platform/http/readiness';
import { openStreamsOf } from './platform/http/event-streams';
import { createMetrics } from './platform/metrics/metrics';
import { countRequests, registerMetricsRoute } from './platform/metrics/metrics-route';
import { requestIdGenerator } from './platform/http/request-id';
import { createLogger, type AppLogger } from './platform/logging/logger';
import { registerAccessGate } from './modules/auth';
import { MODULES } from './module-list';

/** Upload limit for Excel ledgers. */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** How the app logs: the process's logger (main.ts), and whether every request gets a line (LINLI_LOG=1). */
export interface AppLogOptions {
  /** Omitted: a JSON logger of its own (tests), which writes unexpected errors and nothing else. */
  logger?: AppLogger;
  /** One line per request and its answer; unexpected errors are logged either way. */
  logRequests?: boolean;
}

/** Builds the HTTP app: platform plugins, then every module's routes from the one list in `module-list.ts` (explicit, no autoload). */
export async function buildApp(deps: AppDeps, options: AppLogOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: (options.logger ?? createLogger({ format: 'json' })) as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: !options.logRequests }),
    bodyLimit: 1024 * 1024,
    // Forwarded headers are believed only from the configured proxies: from anyone else they would
    // forge the client address (audit, lockouts) and the host echoed into public URLs.
    trustProxy: deps.trustProxy?.length ? deps.trustProxy : false,
    // A trusted proxy's X-Request-Id, else a random UUID (request-id.ts).
    genReqId: requestIdGenerator(deps.trustProxy),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  const metrics = deps.metricsToken ? (deps.metrics ?? createMetrics({ db: deps.db })) : undefined;
  if (metrics) {
    countRequests(app, metrics);
    metrics.addAppGauges({ openStreams: () => openStreamsOf(app), unready: () => unreadyReason(deps, false) });
  }
  registerInputSanitiser(app);
  // Open311 is outside /api/: its partners post from their own sites with an api_key, no cookie.
  registerCrossSiteGuard(app, { prefix: '/api/', publicUrl: deps.publicUrl });
  // Fastify parses text/plain by default: a body a cross-site form may send without a preflight.
  // Every route takes JSON, multipart uploads, or (Open311) forms.
  app.removeContentTypeParser('text/plain');
  // Open311 is read by partner sites, and its media_url links open stored photos for them.
  await registerSecurityHeaders(app, { crossOriginPaths: ['/open311/', '/api/files/'] });
  await app.register(fastifyCookie);
  registerAccessGate(app, deps);
  // Outside /api and the capability table: Prometheus sends a bearer token, not a session (metrics-route.ts).
  if (metrics) registerMetricsRoute(app, metrics, deps.metricsToken);
  await registerLoginThrottle(app, { prefixes: ['/api/auth/login', '/api/auth/otp/'], perMinute: deps.loginRateLimit ?? 20 });
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 }, throwFileSizeLimit: true });
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Linli 邻里 API', version: '0.1.0' } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  // Platform-level: it probes the database and the LISTEN connection, which no module owns.
  registerReadinessRoute(app, deps);
  for (const manifest of MODULES) manifest.registerRoutes?.(app, deps, MODULES);

  if (deps.webDist) await registerStaticWeb(app, deps.webDist);
  return app;
}
