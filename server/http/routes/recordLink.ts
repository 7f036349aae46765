import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RecordLinkRow, Store } from '../../store/types.ts';
import type { Audit } from '../../audit.ts';
import { recordLanguageOf, type RecordService, type VersionMeta } from '../../services/record.ts';
import { tokenHash } from '../../auth/secrets.ts';
import { amendmentRequestSchema, recordLinkBodySchema, recordLinkExportSchema, recordLinkLanguageSchema, type RecordLinkView } from '../../../shared/api/record.ts';
import { amendmentDeadline, isAmendmentLate } from '../../../shared/rules/record.ts';
import { conferenceLocalDate } from '../../../shared/rules/workingDays.ts';
import type { Edition } from '../../../shared/export/types.ts';
import { newId } from '../../../shared/schema/ids.ts';
import { HttpError, invalid, tooManyAttempts } from '../errors.ts';
import { msg } from '../../../shared/i18n/messages.ts';
import { AttemptLimiter } from '../attemptLimiter.ts';
import { sendDocx } from './record.ts';

/** One answer for a wrong, revoked or expired record link, so a guesser learns nothing. */
const INVALID = () => new HttpError(401, 'record_link_invalid', msg('errors.recordLink.invalid'));

/**
 * IS2 — What a personal record link opens, with no session: the token (from the URL fragment,
 * sent in the body so it never reaches a log) is the capability. It gives this person's editions
 * of the latest finalised version, and lets them ask for a change (AM1).
 */
export function recordLinkRoutes(app: FastifyInstance, deps: { store: Store; audit: Audit; record: RecordService }): void {
  const { store, audit, record } = deps;
  // Tokens carry 256 bits, so guessing is hopeless; the limit keeps the server and logs calm.
  const perAddress = new AttemptLimiter(30, 15 * 60_000);

  async function linkOf(req: FastifyRequest, token: string | undefined): Promise<RecordLinkRow> {
    // LM1 — Counted before the token is looked up, so a burst cannot slip past the limit; withdrawn on success.
    const at = Date.now();
    const wait = perAddress.attempt([req.ip], at);
    if (wait > 0) throw tooManyAttempts(wait);
    const link = token ? await store.recordLinkByTokenHash(tokenHash(token)) : null;
    const conf = link ? await store.conference(link.conferenceId) : null;
    if (!link || !conf || link.revokedAt || Date.parse(link.expiresAt) <= Date.now()) {
      await audit.record({ actor: link?.attendeeId ?? 'unknown', role: 'record_link', conferenceId: link?.conferenceId ?? null, action: 'record_link_failed' });
      throw INVALID();
    }
    perAddress.withdraw([req.ip], at);
    return link;
  }

  async function latest(link: RecordLinkRow) {
    const conf = await store.conference(link.conferenceId);
    const versions = await record.versions(link.conferenceId);
    const row = versions.at(-1);
    if (!conf || !row) throw INVALID();
    return { conf, row, meta: JSON.parse(row.metaJson) as VersionMeta };
  }

  /** AM2 — This person's last day to ask for changes: working days from when the record was issued to them. */
  function amendBy(link: RecordLinkRow, meta: VersionMeta): string {
    return amendmentDeadline(conferenceLocalDate(link.issuedAt), meta.policy.amendmentWorkingDays ?? 5, meta.conference.jurisdiction);
  }

  app.post('/api/record-link', async (req): Promise<RecordLinkView> => {
    const body = recordLinkBodySchema.safeParse(req.body);
    const link = await linkOf(req, body.success ? body.data.token : undefined);
    const { conf, row, meta } = await latest(link);
    const attendee = await store.attendee(link.attendeeId);
    const own = (await store.amendmentsOf(link.conferenceId)).filter((a) => a.attendeeId === link.attendeeId);
    return {
      conference: { type: meta.conference.type, startsAt: meta.conference.startsAt, children: meta.conference.children.map((c) => c.name), jurisdiction: meta.conference.jurisdiction },
      attendee: { name: attendee?.name ?? '', role: attendee?.role ?? '' },
      editions: link.editions as Edition[],
      language: link.language ?? recordLanguageOf(conf),
      version: row.version,
      finalisedAt: meta.finalisedAt,
      amendBy: amendBy(link, meta),
      appealBy: meta.deadlines.find((d) => d.ruleId === 'WD5')?.due ?? '',
      amendments: own.map(({ id, part, wanted, receivedAt, late, status, response, version }) => ({ id, part, wanted, receivedAt, late, status, response, version })),
    };
  });

  /** IS2 — Download one of this person's documents; the first download is recorded as "received". */
  app.post('/api/record-link/export', async (req, reply) => {
    const body = recordLinkExportSchema.safeParse(req.body);
    const link = await linkOf(req, body.success ? body.data.token : undefined);
    if (!body.success) throw invalid(body.error);
    if (!link.editions.includes(body.data.edition)) {
      await audit.record({ actor: link.attendeeId, role: 'record_link', conferenceId: link.conferenceId, action: 'denied', detail: `record link ${body.data.edition}` });
      throw new HttpError(403, 'forbidden', msg('errors.recordLink.notThisDocument'), undefined, false);
    }
    const { conf, row, meta } = await latest(link);
    const { outline, bytes } = await record.docx(conf, { kind: 'version', row, meta }, body.data.edition, link.language ?? recordLanguageOf(conf));
    await store.markRecordLinkDownloaded(link.id, new Date().toISOString());
    await audit.record({ actor: link.attendeeId, role: 'record_link', conferenceId: link.conferenceId, action: 'record_downloaded', detail: `${body.data.edition} v${row.version}` });
    return sendDocx(reply, outline.fileName, bytes);
  });

  /** EX6 — The person chooses the language of their own copy: Welsh, English, or both. */
  app.post('/api/record-link/language', async (req) => {
    const body = recordLinkLanguageSchema.safeParse(req.body);
    const token = typeof (req.body as { token?: unknown } | null)?.token === 'string' ? (req.body as { token: string }).token : undefined;
    const link = await linkOf(req, token);
    if (!body.success) throw invalid(body.error);
    await store.setRecordLinkLanguage(link.id, body.data.language);
    await audit.record({ actor: link.attendeeId, role: 'record_link', conferenceId: link.conferenceId, action: 'record_language', detail: body.data.language });
    return { language: body.data.language };
  });

  /** AM1 — Ask for a change: which part and what it should say. Late requests are taken and marked (AM2). */
  app.post('/api/record-link/amendments', async (req, reply) => {
    const parsed = amendmentRequestSchema.safeParse(req.body);
    const token = typeof (req.body as { token?: unknown } | null)?.token === 'string' ? (req.body as { token: string }).token : undefined;
    const link = await linkOf(req, token);
    if (!parsed.success) throw invalid(parsed.error);
    const { meta } = await latest(link);
    const now = new Date().toISOString();
    const late = isAmendmentLate(conferenceLocalDate(now), amendBy(link, meta));
    const id = newId(16);
    await store.createAmendment({
      id, conferenceId: link.conferenceId, linkId: link.id, attendeeId: link.attendeeId, part: parsed.data.part, wanted: parsed.data.wanted,
      receivedAt: now, late, status: 'waiting', decidedAt: null, decidedBy: null, response: null, version: null,
    });
    await audit.record({ actor: link.attendeeId, role: 'record_link', conferenceId: link.conferenceId, action: 'amendment_requested', detail: late ? `${id} late` : id });
    return reply.status(201).send({ amendment: { id, part: parsed.data.part, wanted: parsed.data.wanted, receivedAt: now, late, status: 'waiting', response: null, version: null } });
  });
}
