import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import type { Config } from '../config.ts';
import type { Principal, Sessions } from '../auth/sessions.ts';
import { cookieName, readCookie } from '../auth/sessions.ts';
import { HttpError, unauthenticated } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
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
  distDir: string;
}

/** Fastify with our headers, JSON errors, session resolution and the built client. Routes register separately. */
export function createApp({ config, sessions, distDir }: AppDeps): FastifyInstance {
  const app = Fastify({
    logger: {
      level: config.logLevel,
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
  });
  app.decorateRequest('principal', null);

  app.addHook('onRequest', async (req, reply) => {
    const isApi = req.url.startsWith('/api/');
    securityHeaders(config, reply, isApi);
    if (!isApi) return;
    if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
      // CSRF: a cookie-authenticated write must come from our own pages.
      if (req.headers.origin !== expectedOrigin(config, req.headers.host)) {
        throw new HttpError(403, 'bad_origin', 'This request did not come from the Conference Room page.');
      }
    }
    req.principal = await sessions.resolve(readCookie(req.headers.cookie, cookieName(config)));
  });

  app.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown }, req, reply) => {
    if (err instanceof HttpError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) } });
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) req.log.error({ err: { name: err.name, message: err.message, stack: err.stack } }, 'request failed');
    const message = status === 413 ? 'That is too large to send.' : status === 500 ? 'Something went wrong on our side. Please try again.' : 'The request could not be read.';
    return reply.status(status).send({ error: { code: status === 500 ? 'server_error' : 'bad_request', message } });
  });

  if (existsSync(distDir)) {
    app.register(fastifyStatic, { root: distDir, wildcard: false, index: false });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && !req.url.startsWith('/api/') && !req.url.startsWith('/sync/') && existsSync(`${distDir}/index.html`)) {
      return reply.header('Cache-Control', 'no-store').type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({ error: { code: 'not_found', message: 'We could not find that page.' } });
  });
  return app;
}

/** The principal or a 401. */
export function requirePrincipal(req: FastifyRequest): Principal {
  if (!req.principal) throw unauthenticated();
  return req.principal;
}
