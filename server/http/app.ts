import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyCookie from '@fastify/cookie';
import { existsSync } from 'node:fs';
import type { Config } from '../config.ts';
import type { Principal, PendingPrincipal, Sessions } from '../auth/sessions.ts';
import { entryBy, type Audit } from '../audit.ts';
import { cookieName } from '../auth/sessions.ts';
import { HttpError, errorBody, refuseMalformedText, refusalBody, unauthenticated } from './errors.ts';
import { msg } from '../../shared/i18n/messages.ts';
import { SESSION_WRITES, localLimits, spendWrite, type Limits, type WriteBudget } from './limits.ts';
import { StorageUnavailableError } from '../store/unavailable.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    /** A lobby session: only `GET /api/lobby` looks at it. */
    pending: PendingPrincipal | null;
    /** Extra words for the audit entry if this request is denied (e.g. the intent type). */
    auditNote: string | null;
  }
}

/** Our own origin as the browser sees it: the configured public origin, or the Host the request used. */
export function expectedOrigin(config: Config, host: string | undefined): string {
  return config.publicOrigin ?? `${config.tls ? 'https' : 'http'}://${host ?? ''}`;
}

function securityHeaders(config: Config, reply: FastifyReply, isApi: boolean): void {
  reply.header(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  );
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('Referrer-Policy', 'no-referrer');
  reply.header('X-Frame-Options', 'DENY');
  reply.header('Cross-Origin-Opener-Policy', 'same-origin');
  reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  if (config.tls) reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  // Case data must not sit in a shared or browser cache.
  if (isApi) reply.header('Cache-Control', 'no-store');
}

export interface AppDeps {
  config: Config;
  sessions: Sessions;
  audit: Audit;
  distDir: string;
  /** Where log lines go (stdout when absent); tests capture them to prove nothing secret is logged. */
  logStream?: { write(line: string): void };
  /** Where rate limits are kept: this process by default, Redis with several instances. */
  limits?: Limits;
  /** WH5 — The write budget per session, when intents over sockets spend from it too (server/intents/socket.ts). */
  sessionWrites?: WriteBudget;
}

/** Fastify with our headers, JSON errors, session resolution and the built client. Routes register separately. */
export function createApp({ config, sessions, audit, distDir, logStream, limits = localLimits, sessionWrites }: AppDeps): FastifyInstance {
  // Per session: 120 writes at once, then 2 a second. Without a session (login, join): per address, looser,
  // because a council office shares one address.
  const perSession = sessionWrites ?? limits.write('session', SESSION_WRITES.burst, SESSION_WRITES.perSecond);
  const perAddress = limits.write('address', 300, 5);
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(logStream ? { stream: logStream } : {}),
      // Never log cookies, bodies or query strings: they can hold tokens or case data.
      serializers: {
        req: (req: { method?: string; url?: string }) => ({ method: req.method, url: (req.url ?? '').split('?')[0] }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      redact: ['req.headers.cookie', 'req.headers.authorization'],
    },
    bodyLimit: 256 * 1024,
    trustProxy: config.tls,
    requestTimeout: 30_000,
    // A path the router cannot decode (`%ZZ`) or a parameter over its length: our error shape, not the framework's.
    frameworkErrors: (err, _req, res) => {
      const reply = res as FastifyReply;
      securityHeaders(config, reply, true);
      const tooLong = err.code === 'FST_ERR_MAX_PARAM_LENGTH';
      return reply.status(tooLong ? 414 : 400).type('application/json').send(errorBody(tooLong ? 'url_too_long' : 'bad_url', msg('errors.badAddress')));
    },
    // Errors before a request exists (headers too large, a broken request line): answered in our shape, never logged with the raw bytes.
    clientErrorHandler: (err: Error & { code?: string }, socket) => {
      if (err.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return void socket.destroy();
      const [status, code, message] = err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'headers_too_large', msg('errors.headersTooLarge')] as const
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'timeout', msg('errors.timeout')] as const : [400, 'bad_request', msg('errors.unreadable')] as const;
      const body = errorBody(code, message);
      socket.end(`HTTP/1.1 ${status} ${code}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    },
  });
  // Cookies are read by a maintained parser: a malformed value is kept as text (and matches no session), never thrown.
  app.register(fastifyCookie);
  app.decorateRequest('principal', null);
  app.decorateRequest('pending', null);
  app.decorateRequest('auditNote', null);

  app.addHook('onRequest', async (req, reply) => {
    const isApi = req.url.startsWith('/api/');
    securityHeaders(config, reply, isApi);
    if (!isApi) return;
    const resolved = await sessions.resolveAny(req.cookies[cookieName(config)] ?? null);
    req.principal = resolved?.principal ?? null;
    req.pending = resolved?.pending ?? null;
    if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
      // CSRF: a cookie-authenticated write must come from our own pages.
      if (req.headers.origin !== expectedOrigin(config, req.headers.host)) {
        throw new HttpError(403, 'bad_origin', msg('errors.badOrigin'));
      }
      const session = req.principal?.sessionHash ?? req.pending?.sessionHash;
      await spendWrite(session ? perSession : perAddress, session ?? req.ip, audit, req.principal, 'http').catch((err: unknown) => {
        reply.header('Retry-After', '5');
        throw err;
      });
    }
  });

  // TX1 — Every text input of every body is valid Unicode, checked once here for all routes and intents.
  app.addHook('preValidation', async (req) => refuseMalformedText(req.body));

  app.setErrorHandler(async (err: Error & { statusCode?: number; validation?: unknown }, req, reply) => {
    if (err instanceof HttpError) {
      // AU3 — Denied actions are audited with the route, never the body; anonymous probes are only counted by the limiter.
      if (err.denied && req.principal) {
        // The route pattern, not the URL: a URL is text the caller chose.
        const route = `${req.method} ${req.routeOptions.url ?? '(no route)'}${req.auditNote ? ` ${req.auditNote}` : ''}`;
        await audit.record(entryBy(req.principal, 'denied', route))
          .catch((e: Error) => req.log.error({ err: e.message }, 'audit failed'));
      }
      return reply.status(err.status).type('application/json').send(refusalBody(err));
    }
    if (err instanceof StorageUnavailableError) {
      req.log.warn({ err: { name: err.name } }, 'storage unavailable');
      reply.header('Retry-After', '5');
      return reply.status(503).type('application/json').send(errorBody('storage_unavailable', msg('errors.storageUnavailable')));
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    // No stack and no request content: the name and message are enough to find the fault.
    if (status === 500) req.log.error({ err: { name: err.name, message: err.message } }, 'request failed');
    const message = msg(status === 413 ? 'errors.tooLarge' : status === 500 ? 'errors.ourSide' : 'errors.unreadable');
    return reply.status(status).type('application/json').send(errorBody(status === 500 ? 'server_error' : 'bad_request', message));
  });

  if (existsSync(distDir)) {
    app.register(fastifyStatic, {
      root: distDir,
      // Look files up per request, so a rebuilt client is served without a restart.
      wildcard: true,
      index: 'index.html',
      cacheControl: false,
      setHeaders: (res: { setHeader(name: string, value: string): void }, path: string) => {
        // Vite names built assets by content hash, so they never change under the same name.
        res.setHeader('Cache-Control', path.endsWith('.html') ? 'no-store' : /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && !req.url.startsWith('/api/') && !req.url.startsWith('/sync/') && existsSync(`${distDir}/index.html`)) {
      return reply.header('Cache-Control', 'no-store').type('text/html').sendFile('index.html', { cacheControl: false });
    }
    return reply.status(404).type('application/json').send(errorBody('not_found', msg('errors.pageNotFound')));
  });
  return app;
}

/** The principal or a 401. */
export function requirePrincipal(req: FastifyRequest): Principal {
  if (!req.principal) throw unauthenticated();
  return req.principal;
}
