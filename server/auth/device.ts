import type { Config } from '../config.ts';
import { cookieHeader } from './sessions.ts';
import { randomToken, tokenHash } from './secrets.ts';

/**
 * LB2 — The device cookie: a long-lived random value that says "this browser redeemed an invite
 * before". It grants nothing by itself; the server stores only its hash on the attendee row, and
 * a redemption from a browser without the matching cookie waits in the lobby.
 */

// Browsers cap cookie lifetimes at 400 days (RFC 6265bis), so ask for exactly that.
const DEVICE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

export function deviceCookieName(config: Config): string {
  return config.tls ? '__Host-cr_device' : 'cr_device';
}

export interface Device {
  hash: string;
  /** The Set-Cookie header to send when the device is new; null when it already had a valid cookie. */
  setCookie: string | null;
}

/** The requesting browser's device, minting a new cookie when it has none (or a malformed one). */
export function deviceOf(config: Config, cookies: Readonly<Record<string, string | undefined>>): Device {
  const value = cookies[deviceCookieName(config)];
  if (value && /^[A-Za-z0-9_-]{43}$/.test(value)) return { hash: tokenHash(value), setCookie: null };
  const fresh = randomToken();
  return { hash: tokenHash(fresh), setCookie: cookieHeader(config, deviceCookieName(config), fresh, DEVICE_MAX_AGE_SECONDS) };
}
