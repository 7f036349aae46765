import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AttendeeRow, ConferenceRow, RecordLinkRow, Store } from '../../store/types.ts';
import { entryIn, type Audit } from '../../audit.ts';
import type { Principal } from '../../auth/sessions.ts';
import type { Conferences } from '../../services/conferences.ts';
import { RecordService, recordLanguageOf, verifyVersion, type VersionMeta } from '../../services/record.ts';
import { randomToken, tokenHash } from '../../auth/secrets.ts';
import {
  acceptAmendmentSchema, declineAmendmentSchema, exportQuerySchema, finaliseBodySchema, issueBodySchema, recordLanguageBodySchema,
  type AmendmentSummary, type IssuedLink, type LinkSummary, type RecordState, type VersionSummary,
} from '../../../shared/api/record.ts';
import { changeReason, changeRequest, editionsFor, mayReceive } from '../../../shared/rules/record.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import type { Edition } from '../../../shared/export/types.ts';
import { newId } from '../../../shared/schema/ids.ts';
import { HttpError, field, forbidden, invalid, notFound } from '../errors.ts';
import { msg } from '../../../shared/i18n/messages.ts';
import { requirePrincipal } from '../app.ts';
import { caseStaff, reachConference } from '../guards.ts';

export interface RecordRouteDeps {
  store: Store;
  audit: Audit;
  conferences: Conferences;
  record: RecordService;
}

const DAY_MS = 86_400_000;
/** IS1 — Record links stay valid this long after the appeal window and the person's own amendment window close. */
const LINK_GRACE_DAYS = 30;

/** EX8 — A file name made only of safe characters, whatever the outline says. */
export function safeFileName(name: string): string {
  const base = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[-.]+/, '').slice(0, 100);
  return base.endsWith('.docx') ? base : `${base || 'record'}.docx`;
}

/** Send a .docx as a download: never rendered by the browser, never cached. */
export function sendDocx(reply: FastifyReply, fileName: string, bytes: Uint8Array): FastifyReply {
  return reply
    .header('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    .header('Content-Disposition', `attachment; filename="${safeFileName(fileName)}"`)
    .header('Cache-Control', 'no-store')
    .send(Buffer.from(bytes));
}

/** A version's change for the API: the reason in English (API users), and the request's facts for the reader's language (AM3). */
function changeSummary(change: NonNullable<VersionMeta['change']>): VersionSummary['change'] {
  const why = changeReason(change);
  return { what: change.what, why: typeof why === 'string' ? why : translate('en', why), request: changeRequest(change) };
}

export function versionSummary(row: { version: number; hash: string; metaJson: string; sharedState: Uint8Array; professionalState: Uint8Array; conferenceId: string; createdAt: string; createdBy: string }): VersionSummary {
  const meta = JSON.parse(row.metaJson) as VersionMeta;
  return {
    version: row.version,
    hash: row.hash,
    finalisedAt: meta.finalisedAt,
    finalisedBy: meta.finalisedBy,
    change: meta.change ? changeSummary(meta.change) : null,
    verified: verifyVersion(row),
  };
}

export function linkSummary(l: RecordLinkRow, a: AttendeeRow | undefined): LinkSummary {
  return {
    id: l.id, attendeeId: l.attendeeId, name: a?.name ?? '', role: a?.role ?? '', attendance: a?.attendance ?? '',
    editions: l.editions as Edition[], issuedAt: l.issuedAt, expiresAt: l.expiresAt, firstDownloadAt: l.firstDownloadAt, revoked: l.revokedAt !== null,
    language: l.language,
  };
}

/** FZ1 — The chair and note taker finalise once the meeting has ended; before that the record is still being made. */
function requireEnded(conf: ConferenceRow): void {
  if (conf.status === 'open') throw new HttpError(409, 'meeting_not_ended', msg('errors.record.meetingNotEnded'));
}

export function recordRoutes(app: FastifyInstance, deps: RecordRouteDeps): void {
  const { store, audit, conferences, record } = deps;
  const reach = (req: FastifyRequest, p: Principal) => reachConference(req, p, conferences, store);

  async function state(conf: ConferenceRow): Promise<RecordState> {
    const versions = await record.versions(conf.id);
    const attendees = new Map((await store.attendeesOf(conf.id)).map((a) => [a.id, a]));
    const amendments: AmendmentSummary[] = (await store.amendmentsOf(conf.id)).map((a) => ({
      id: a.id, attendeeId: a.attendeeId, name: attendees.get(a.attendeeId)?.name ?? '', part: a.part, wanted: a.wanted,
      receivedAt: a.receivedAt, late: a.late, status: a.status, response: a.response, version: a.version,
    }));
    return {
      meetingEnded: conf.status !== 'open',
      language: recordLanguageOf(conf),
      versions: versions.map(versionSummary),
      draftChanged: await record.changedSince(conf.id, versions.at(-1) ?? null),
      links: (await store.recordLinksOf(conf.id)).map((l) => linkSummary(l, attendees.get(l.attendeeId))),
      amendments,
    };
  }

  app.get('/api/conferences/:id/record', async (req) => {
    const p = caseStaff(req);
    return state(await reach(req, p));
  });

  /** FZ1/FZ2 — Finalise: version 1, or a later version with its change log entry. */
  app.post('/api/conferences/:id/record/finalise', async (req) => {
    const p = caseStaff(req);
    const conf = await reach(req, p);
    requireEnded(conf);
    const body = finaliseBodySchema.safeParse(req.body ?? {});
    if (!body.success) throw invalid(body.error);
    const versions = await record.versions(conf.id);
    const latest = versions.at(-1) ?? null;
    if (latest) {
      const missing = [
        ...(body.data.what ? [] : [field('what', msg('record.finalise.error.what'))]),
        ...(body.data.why ? [] : [field('why', msg('record.finalise.error.why'))]),
      ];
      if (missing[0]) throw new HttpError(400, 'invalid', msg(missing[0].id), missing);
      if (!(await record.changedSince(conf.id, latest))) throw new HttpError(409, 'no_changes', msg('errors.record.noChanges', { version: latest.version }));
    }
    const row = await record.finalise(conf, p, latest ? { what: body.data.what, why: body.data.why, amendmentId: null } : null)
      .catch((err: Error) => {
        throw /UNIQUE|PRIMARY|constraint/i.test(err.message) ? new HttpError(409, 'version_taken', msg('errors.record.versionTaken')) : err;
      });
    await audit.record(entryIn(conf.id, p, 'record_finalised', `v${row.version}`));
    return { version: versionSummary(row) };
  });

  /** EX9 — The outline of a document as JSON, for the note taker's preview: the same blocks the .docx is written from. */
  app.get('/api/conferences/:id/record/outline', async (req) => {
    const p = caseStaff(req);
    const conf = await reach(req, p);
    const q = exportQuerySchema.safeParse(req.query);
    if (!q.success) throw invalid(q.error);
    const basis = await record.basis(conf, q.data.version, p, true);
    if (!basis) throw notFound();
    return { outline: await record.outline(conf, basis, q.data.edition, q.data.language ?? recordLanguageOf(conf)) };
  });

  /**
   * EX8 — The .docx of a document. Staff may have any edition of any version, or the draft; an
   * attendee session only what its role receives (RC1), of a finalised version; the projector none.
   */
  app.get('/api/conferences/:id/export', async (req, reply) => {
    const p = requirePrincipal(req);
    const conf = await reach(req, p);
    const q = exportQuerySchema.safeParse(req.query);
    if (!q.success) throw invalid(q.error);
    req.auditNote = q.data.edition;
    if (!mayReceive(p.role, q.data.edition)) throw forbidden(msg('errors.record.cannotDownload'));
    const basis = await record.basis(conf, q.data.version, p, p.kind === 'staff');
    if (!basis) throw new HttpError(404, 'not_finalised', msg('errors.record.notFinalised'));
    const { outline, bytes } = await record.docx(conf, basis, q.data.edition, q.data.language ?? recordLanguageOf(conf));
    await audit.record(entryIn(conf.id, p, 'record_exported', `${q.data.edition} ${basis.kind === 'version' ? `v${basis.row.version}` : 'draft'}`));
    return sendDocx(reply, outline.fileName, bytes);
  });

  /**
   * IS1 — Issue personal record links: one per attendee (the projector excepted), apologies and
   * report-only people included. Each token is shown once; only its hash is kept.
   */
  app.post('/api/conferences/:id/record/issue', async (req) => {
    const p = caseStaff(req);
    const conf = await reach(req, p);
    const body = issueBodySchema.safeParse(req.body ?? {});
    if (!body.success) throw invalid(body.error);
    const versions = await record.versions(conf.id);
    const latest = versions.at(-1);
    if (!latest) throw new HttpError(409, 'not_finalised', msg('errors.record.finaliseFirst'));
    const meta = JSON.parse(latest.metaJson) as VersionMeta;
    const attendees = (await store.attendeesOf(conf.id)).filter((a) => editionsFor(a.role).length > 0);
    const active = new Map((await store.recordLinksOf(conf.id)).filter((l) => !l.revokedAt).map((l) => [l.attendeeId, l]));
    const chosen = body.data.attendeeIds ? attendees.filter((a) => body.data.attendeeIds!.includes(a.id)) : attendees.filter((a) => !active.has(a.id));
    const now = new Date();
    const appeal = meta.deadlines.find((d) => d.ruleId === 'WD5')?.due ?? now.toISOString().slice(0, 10);
    const amendDays = meta.policy.amendmentWorkingDays ?? 5;
    // Valid at least until the appeal window and this person's own window to ask for changes close.
    const until = Math.max(Date.parse(`${appeal}T23:59:59Z`), now.getTime() + (amendDays * 7) / 5 * DAY_MS + 4 * DAY_MS) + LINK_GRACE_DAYS * DAY_MS;
    const issued: IssuedLink[] = [];
    for (const a of chosen) {
      const old = active.get(a.id);
      if (old) await store.revokeRecordLink(old.id, now.toISOString());
      const token = randomToken();
      const row: RecordLinkRow = {
        id: newId(16), conferenceId: conf.id, attendeeId: a.id, tokenHash: tokenHash(token), editions: editionsFor(a.role),
        issuedAt: now.toISOString(), issuedBy: p.userId ?? '', expiresAt: new Date(until).toISOString(), firstDownloadAt: null, revokedAt: null,
        // A new link for the same person keeps the language they or the chair chose.
        language: old?.language ?? null,
      };
      await store.createRecordLink(row);
      await audit.record(entryIn(conf.id, p, 'record_issued', `${a.id} v${latest.version}`));
      issued.push({ ...linkSummary(row, a), url: `/record#${token}` });
    }
    return { links: issued };
  });

  /** EX6 — The language of the record for everyone who has not chosen their own (null: the conference's language). */
  app.put('/api/conferences/:id/record/language', async (req) => {
    const p = caseStaff(req);
    const conf = await reach(req, p);
    const body = recordLanguageBodySchema.safeParse(req.body);
    if (!body.success) throw invalid(body.error);
    await store.setRecordLanguage(conf.id, body.data.language);
    await audit.record(entryIn(conf.id, p, 'record_language', body.data.language ?? 'conference'));
    return { language: recordLanguageOf({ ...conf, recordLanguage: body.data.language }) };
  });

  /** EX6 — The language of one person's copy, as the chair or note taker sets it (the person can change it on their page). */
  app.put('/api/conferences/:id/record/links/:linkId/language', async (req) => {
    const p = caseStaff(req);
    const conf = await reach(req, p);
    const linkId = z.string().regex(/^[a-z0-9]{16}$/).safeParse((req.params as { linkId?: unknown }).linkId);
    const link = linkId.success ? (await store.recordLinksOf(conf.id)).find((l) => l.id === linkId.data) : undefined;
    if (!link) throw notFound();
    const body = recordLanguageBodySchema.safeParse(req.body);
    if (!body.success) throw invalid(body.error);
    await store.setRecordLinkLanguage(link.id, body.data.language);
    await audit.record(entryIn(conf.id, p, 'record_language', `${link.id} ${body.data.language ?? 'conference'}`));
    return { ok: true };
  });

  app.post('/api/conferences/:id/record/links/:linkId/revoke', async (req, reply) => {
    const p = caseStaff(req);
    const conf = await reach(req, p);
    const linkId = z.string().regex(/^[a-z0-9]{16}$/).safeParse((req.params as { linkId?: unknown }).linkId);
    const link = linkId.success ? (await store.recordLinksOf(conf.id)).find((l) => l.id === linkId.data) : undefined;
    if (!link) throw notFound();
    await store.revokeRecordLink(link.id, new Date().toISOString());
    await audit.record(entryIn(conf.id, p, 'record_link_revoked', link.id));
    return reply.status(204).send();
  });

  async function amendmentOf(req: FastifyRequest, conf: ConferenceRow) {
    const id = z.string().regex(/^[a-z0-9]{16}$/).safeParse((req.params as { amendmentId?: unknown }).amendmentId);
    const a = id.success ? await store.amendment(id.data) : null;
    if (!a || a.conferenceId !== conf.id) throw notFound();
    if (a.status !== 'waiting') throw new HttpError(409, 'already_decided', msg('errors.record.alreadyAnswered'));
    return a;
  }

  /** AM3 — Accept: the change made in the record becomes a new version, its log naming the request. */
  app.post('/api/conferences/:id/amendments/:amendmentId/accept', async (req) => {
    const p = caseStaff(req);
    const conf = await reach(req, p);
    const a = await amendmentOf(req, conf);
    const body = acceptAmendmentSchema.safeParse(req.body);
    if (!body.success) throw invalid(body.error);
    const latest = (await record.versions(conf.id)).at(-1) ?? null;
    if (!(await record.changedSince(conf.id, latest))) {
      throw new HttpError(409, 'no_changes', msg('errors.record.changeFirst'));
    }
    const who = (await store.attendee(a.attendeeId))?.name ?? '';
    const row = await record.finalise(conf, p, { what: body.data.what, why: '', amendmentId: a.id, request: { from: who, part: a.part } });
    if (!(await store.decideAmendment(a.id, { status: 'accepted', at: row.createdAt, by: p.userId ?? '', response: body.data.what, version: row.version }))) {
      throw new HttpError(409, 'already_decided', msg('errors.record.alreadyAnswered'));
    }
    await audit.record(entryIn(conf.id, p, 'amendment_accepted', `${a.id} v${row.version}`));
    return { version: versionSummary(row) };
  });

  app.post('/api/conferences/:id/amendments/:amendmentId/decline', async (req) => {
    const p = caseStaff(req);
    const conf = await reach(req, p);
    const a = await amendmentOf(req, conf);
    const body = declineAmendmentSchema.safeParse(req.body);
    if (!body.success) throw invalid(body.error);
    if (!(await store.decideAmendment(a.id, { status: 'declined', at: new Date().toISOString(), by: p.userId ?? '', response: body.data.reason, version: null }))) {
      throw new HttpError(409, 'already_decided', msg('errors.record.alreadyAnswered'));
    }
    await audit.record(entryIn(conf.id, p, 'amendment_declined', a.id));
    return { ok: true };
  });
}
