import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import type { AmendmentRow, AttendeeRow, ConferenceRow, RecordLinkRow, RecordVersionRow, SessionRow, Store, UserRow } from './types.ts';

/**
 * The storage contract every Store implementation must pass: SQLite (sqlite.test.ts) and
 * PostgreSQL (postgres.test.ts). Call it from a `*.test.ts` with a factory that returns a fresh,
 * empty store.
 */
export function storeContract(name: string, make: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(() => store.close());

    const now = '2030-01-01T10:00:00.000Z';
    const user: UserRow = { id: 'u1', email: 'gwen@example.org', name: 'Gwen', role: 'chair', passwordHash: 'h', createdAt: now };
    const conference: ConferenceRow = {
      id: 'conf000001', type: 'initial', jurisdiction: 'wales', startsAt: '2030-01-02T10:00', endsAt: '2030-01-02T12:00',
      endsAtUtc: '2030-01-02T12:00:00.000Z', venue: 'Room 2', online: false, reference: '', language: 'en', childrenJson: '[]', recordLanguage: null, status: 'open', createdBy: 'u1', createdAt: now, finalisedAt: null,
      caseId: 'conf000001', previousId: null,
    };
    const attendee: AttendeeRow = {
      id: 'a000000000000001', conferenceId: 'conf000001', name: 'Kerys', role: 'parent', agency: '', attendance: 'present',
      tokenHash: 't1', tokenExpiresAt: '2030-01-03T12:00:00.000Z', revokedAt: null, redeemedAt: null, createdAt: now, deviceHash: null,
      languageNeeded: '', interpreterBooked: false,
    };
    const session = (idHash: string, extra: Partial<SessionRow> = {}): SessionRow => ({
      idHash, kind: 'attendee', userId: null, attendeeId: attendee.id, conferenceId: conference.id, role: 'parent',
      createdAt: now, lastSeenAt: now, expiresAt: '2030-01-01T18:00:00.000Z', lobbyId: null, ...extra,
    });

    async function seed(): Promise<void> {
      await store.createUser(user);
      await store.createConference(conference);
      await store.createAttendee(attendee);
    }

    it("keeps a conference's language, and the chair's change of it", async () => {
      await seed();
      expect((await store.conference(conference.id))?.language).toBe('en');
      await store.setConferenceLanguage(conference.id, 'cy-en');
      expect((await store.conference(conference.id))?.language).toBe('cy-en');
      await store.createConference({ ...conference, id: 'conf000002', language: 'cy' });
      expect((await store.conference('conf000002'))?.language).toBe('cy');
      await expect(store.setConferenceLanguage(conference.id, 'fr' as never)).rejects.toThrow();
    });

    it('stores users and refuses a second account with the same email', async () => {
      await store.createUser(user);
      expect(await store.userByEmail('gwen@example.org')).toEqual(user);
      expect(await store.userById('u1')).toEqual(user);
      expect(await store.countUsers()).toBe(1);
      await expect(store.createUser({ ...user, id: 'u2' })).rejects.toThrow();
    });

    it('finds attendees by token hash and applies partial updates', async () => {
      await seed();
      expect(await store.attendeeByTokenHash('t1')).toEqual(attendee);
      await store.updateAttendee(attendee.id, { revokedAt: now, tokenHash: null });
      expect(await store.attendeeByTokenHash('t1')).toBeNull();
      expect((await store.attendee(attendee.id))?.revokedAt).toBe(now);
      expect(await store.bindDevice(attendee.id, 'd1')).toBe(true);
      expect(await store.bindDevice(attendee.id, 'd2')).toBe(false);
      expect(await store.bindDevice(attendee.id, 'd1')).toBe(true);
    });

    it('ends sessions by attendee or conference and by expiry', async () => {
      await seed();
      await store.createSession(session('s1'));
      await store.createSession(session('s2', { expiresAt: '2030-01-01T09:00:00.000Z' }));
      expect(await store.sessionByHash('s1')).toMatchObject({ attendeeId: attendee.id });
      const expired = await store.expireSessions({ now, staffIdleBefore: '2029-01-01T00:00:00.000Z', attendeeIdleBefore: '2029-01-01T00:00:00.000Z' });
      expect(expired).toEqual(['s2']);
      expect([...(await store.liveSessions(['s1', 's2']))]).toEqual(['s1']);
      expect(await store.deleteSessionsFor({ attendeeId: attendee.id })).toEqual(['s1']);
      expect(await store.sessionByHash('s1')).toBeNull();
    });

    it('appends document updates in order, loads them, and compacts into a snapshot', async () => {
      const u = (n: number) => new Uint8Array([n, n, n]);
      await store.appendUpdates('conf000001', [u(1), u(2)]);
      await store.appendUpdates('conf000001', [u(3)]);
      await store.appendUpdates('conf000001/professional', [u(9)]);
      const loaded = await store.loadDoc('conf000001');
      expect(loaded.snapshot).toBeNull();
      expect(loaded.updates.map((x) => x[0])).toEqual([1, 2, 3]);
      const upto = await store.lastUpdateId('conf000001');
      await store.appendUpdates('conf000001', [u(4)]);
      await store.compact('conf000001', new Uint8Array([7]), upto);
      const after = await store.loadDoc('conf000001');
      expect([...(after.snapshot ?? [])]).toEqual([7]);
      expect(after.updates.map((x) => x[0])).toEqual([4]);
      expect((await store.loadDoc('conf000001/professional')).updates).toHaveLength(1);
    });

    it('numbers a document\'s updates in commit order, also when appends run at once, and reads from a position', async () => {
      const u = (n: number) => new Uint8Array([n]);
      const first = await store.appendUpdates('conf000001', [u(1), u(2)]);
      const parallel = await Promise.all(Array.from({ length: 8 }, (_, i) => store.appendUpdates('conf000001', [u(10 + i)])));
      expect(new Set(parallel).size).toBe(8);
      expect(Math.min(...parallel)).toBeGreaterThan(first);
      const all = await store.loadDoc('conf000001');
      expect(all.updates).toHaveLength(10);
      expect(all.lastId).toBe(Math.max(...parallel));
      // Reading after a position returns at least everything after it, in order of position.
      const after = await store.loadDoc('conf000001', first);
      expect(after.updates.map((x) => x[0]).sort((a, b) => a! - b!)).toEqual([10, 11, 12, 13, 14, 15, 16, 17]);
      expect(after.lastId).toBe(all.lastId);
      expect((await store.loadDoc('conf000001', all.lastId)).updates).toEqual([]);
    });

    it('keeps one unbroken audit chain when entries are appended at once', async () => {
      await Promise.all(Array.from({ length: 12 }, (_, i) => store.appendAudit((prev) => ({
        seq: prev.seq + 1, at: now, actor: 'x', role: 'chair', conferenceId: null, action: `a${i}`, detail: '', prevHash: prev.hash, hash: `h${prev.seq + 1}`,
      }))));
      const rows = await store.listAudit({});
      expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      for (const [i, r] of rows.entries()) expect(r.prevHash).toBe(i === 0 ? '' : `h${i}`);
    });

    it('remembers intent answers once and keeps sealed scores per person', async () => {
      await seed();
      await store.saveIntentAnswer(conference.id, 'k1', 'a', '{"ok":true}');
      await store.saveIntentAnswer(conference.id, 'k1', 'a', '{"ok":false}');
      expect(await store.intentAnswer(conference.id, 'k1')).toBe('{"ok":true}');
      const score = { conferenceId: conference.id, roundId: 'round0001', attendeeId: attendee.id, name: 'Kerys', role: 'parent' as const, score: 7, reason: 'r', onBehalf: false, updatedAt: now };
      await store.upsertScore(score);
      await store.upsertScore({ ...score, score: 6 });
      expect((await store.scoresOf(conference.id, 'round0001')).map((s) => s.score)).toEqual([6]);
      await expect(store.upsertScore({ ...score, score: 11 })).rejects.toThrow();
    });

    it('CS1/CS4: assigns staff to conferences, once each, lists them in order and finds a person’s conferences', async () => {
      await seed();
      const note: UserRow = { ...user, id: 'u2', email: 'tomos@example.org', name: 'Tomos', role: 'notetaker' };
      await store.createUser(note);
      await store.createConference({ ...conference, id: 'conf000002', startsAt: '2030-01-01T09:00' });
      expect(await store.listUsers()).toEqual([user, note]);
      expect(await store.staffOf(conference.id)).toEqual([]);
      await store.assignStaff({ conferenceId: conference.id, userId: 'u1', assignedBy: 'u1', assignedAt: now });
      await store.assignStaff({ conferenceId: conference.id, userId: 'u2', assignedBy: 'u1', assignedAt: '2030-01-01T10:05:00.000Z' });
      await store.assignStaff({ conferenceId: conference.id, userId: 'u2', assignedBy: 'someone', assignedAt: '2030-01-01T11:00:00.000Z' });
      await store.assignStaff({ conferenceId: 'conf000002', userId: 'u2', assignedBy: 'u1', assignedAt: now });
      expect(await store.staffOf(conference.id)).toEqual([
        { conferenceId: conference.id, userId: 'u1', assignedBy: 'u1', assignedAt: now },
        { conferenceId: conference.id, userId: 'u2', assignedBy: 'u1', assignedAt: '2030-01-01T10:05:00.000Z' },
      ]);
      expect((await store.conferencesOfStaff('u2')).map((c) => c.id)).toEqual(['conf000002', conference.id]);
      expect((await store.conferencesOfStaff('u1')).map((c) => c.id)).toEqual([conference.id]);
      await store.unassignStaff(conference.id, 'u2');
      await store.unassignStaff(conference.id, 'nobody');
      expect((await store.staffOf(conference.id)).map((s) => s.userId)).toEqual(['u1']);
      expect((await store.conferencesOfStaff('u2')).map((c) => c.id)).toEqual(['conf000002']);
    });

    it('appends several audit entries in one go, in order, after the head', async () => {
      await store.appendAudit((prev) => ({ seq: prev.seq + 1, at: now, actor: 'x', role: 'chair', conferenceId: null, action: 'login', detail: '', prevHash: prev.hash, hash: 'h1' }));
      const made = await store.appendAuditRows((prev) => [2, 3, 4].map((seq, i) => ({
        seq: prev.seq + 1 + i, at: now, actor: 'x', role: 'chair', conferenceId: null, action: `a${seq}`, detail: '', prevHash: i === 0 ? prev.hash : `h${seq - 1}`, hash: `h${seq}`,
      })));
      expect(made.map((r) => r.seq)).toEqual([2, 3, 4]);
      const rows = await store.listAudit({});
      expect(rows.map((r) => [r.seq, r.prevHash, r.hash, r.action])).toEqual([[1, '', 'h1', 'login'], [2, 'h1', 'h2', 'a2'], [3, 'h2', 'h3', 'a3'], [4, 'h3', 'h4', 'a4']]);
    });

    it('chains audit entries in sequence', async () => {
      for (const action of ['login', 'join']) {
        await store.appendAudit((prev) => ({ seq: prev.seq + 1, at: now, actor: 'x', role: 'chair', conferenceId: null, action, detail: '', prevHash: prev.hash, hash: `h${prev.seq + 1}` }));
      }
      const rows = await store.listAudit({});
      expect(rows.map((r) => [r.seq, r.prevHash, r.hash])).toEqual([[1, '', 'h1'], [2, 'h1', 'h2']]);
    });

    it('deletes a conference and everything about it in one go, leaving others alone', async () => {
      await seed();
      await store.createConference({ ...conference, id: 'conf000002' });
      await store.createSession(session('s1'));
      await store.assignStaff({ conferenceId: conference.id, userId: 'u1', assignedBy: 'u1', assignedAt: now });
      await store.assignStaff({ conferenceId: 'conf000002', userId: 'u1', assignedBy: 'u1', assignedAt: now });
      await store.appendUpdates('conf000001', [new Uint8Array([1])]);
      await store.appendUpdates('conf000002', [new Uint8Array([2])]);
      await store.setConferenceStatus(conference.id, 'closed', now);
      expect(await store.conferencesFinalisedBefore('2030-02-01T00:00:00.000Z')).toEqual([conference.id]);
      await store.deleteConference(conference.id, ['conf000001', 'conf000001/professional']);
      expect(await store.conference(conference.id)).toBeNull();
      expect(await store.attendee(attendee.id)).toBeNull();
      expect(await store.sessionByHash('s1')).toBeNull();
      expect(await store.staffOf(conference.id)).toEqual([]);
      expect((await store.conferencesOfStaff('u1')).map((c) => c.id)).toEqual(['conf000002']);
      expect((await store.loadDoc('conf000001')).updates).toEqual([]);
      expect((await store.loadDoc('conf000002')).updates).toHaveLength(1);
    });

    it('CA1/RV1: keeps a case and the conference a review came from, and lists a case oldest first', async () => {
      await seed();
      const review = (id: string, startsAt: string, previousId: string, createdAt = now): ConferenceRow =>
        ({ ...conference, id, type: 'review', startsAt, previousId, createdAt });
      // Made out of order: the second review first, then the first one, then one of another case.
      await store.createConference(review('conf000003', '2030-09-02T10:00', 'conf000002'));
      await store.createConference(review('conf000002', '2030-04-02T10:00', 'conf000001'));
      await store.createConference({ ...conference, id: 'conf000009', caseId: 'conf000009' });
      expect((await store.conferencesOfCase('conf000001')).map((c) => [c.id, c.type, c.previousId])).toEqual([
        ['conf000001', 'initial', null], ['conf000002', 'review', 'conf000001'], ['conf000003', 'review', 'conf000002'],
      ]);
      expect(await store.conference('conf000003')).toEqual(review('conf000003', '2030-09-02T10:00', 'conf000002'));
      expect((await store.conferencesOfCase('conf000009')).map((c) => c.id)).toEqual(['conf000009']);
      expect(await store.conferencesOfCase('nocase')).toEqual([]);
      await store.updateConferenceChildren('conf000002', '[{"id":"c1"}]');
      expect((await store.conference('conf000002'))?.childrenJson).toBe('[{"id":"c1"}]');
      expect((await store.conference('conf000001'))?.childrenJson).toBe('[]');
    });

    it('SF3: says it can be written, and a failing write rejects rather than resolving', async () => {
      await expect(store.checkWritable()).resolves.toBeUndefined();
      await expect(store.checkWritable()).resolves.toBeUndefined();
      await store.close();
      await expect(store.checkWritable()).rejects.toThrow();
      store = await make();
    });

    const version = (n: number): RecordVersionRow => ({
      conferenceId: conference.id, version: n, sharedState: new Uint8Array([1, n]), professionalState: new Uint8Array([2, n]),
      metaJson: `{"v":${n}}`, hash: `hash${n}`, createdAt: now, createdBy: 'u1',
    });
    const link: RecordLinkRow = {
      id: 'link000000000001', conferenceId: conference.id, attendeeId: attendee.id, tokenHash: 'rt1', editions: ['family', 'letter'],
      issuedAt: now, issuedBy: 'u1', expiresAt: '2030-02-01T00:00:00.000Z', firstDownloadAt: null, revokedAt: null, language: null,
    };
    const request: AmendmentRow = {
      id: 'amend00000000001', conferenceId: conference.id, linkId: link.id, attendeeId: attendee.id, part: 'Worries', wanted: 'It said < & >',
      receivedAt: now, late: false, status: 'waiting', decidedAt: null, decidedBy: null, response: null, version: null,
    };

    it('FZ1: keeps finalised versions byte for byte, in order, and refuses a second version with the same number', async () => {
      await seed();
      await store.addRecordVersion(version(1));
      await store.addRecordVersion(version(2));
      await expect(store.addRecordVersion({ ...version(1), hash: 'other' })).rejects.toThrow();
      expect(await store.recordVersions(conference.id)).toEqual([version(1), version(2)]);
      expect(await store.recordVersion(conference.id, 2)).toEqual(version(2));
      expect(await store.recordVersion(conference.id, 3)).toBeNull();
    });

    it('EX6: keeps the record language of a conference and of a record link, and clears them back to following', async () => {
      await seed();
      expect((await store.conference(conference.id))?.recordLanguage).toBeNull();
      await store.setRecordLanguage(conference.id, 'cy-en');
      expect((await store.conference(conference.id))?.recordLanguage).toBe('cy-en');
      await store.setRecordLanguage(conference.id, null);
      expect((await store.conference(conference.id))?.recordLanguage).toBeNull();
      await expect(store.setRecordLanguage(conference.id, 'fr' as never)).rejects.toThrow();
      await store.createRecordLink({ ...link, language: 'cy' });
      expect((await store.recordLinkByTokenHash(link.tokenHash))?.language).toBe('cy');
      await store.setRecordLinkLanguage(link.id, 'en');
      expect((await store.recordLinksOf(conference.id))[0]?.language).toBe('en');
      await expect(store.setRecordLinkLanguage(link.id, 'de' as never)).rejects.toThrow();
    });

    it('keeps the language an attendee needs and whether an interpreter is booked', async () => {
      await seed();
      expect(await store.attendee(attendee.id)).toMatchObject({ languageNeeded: '', interpreterBooked: false });
      await store.updateAttendee(attendee.id, { languageNeeded: 'Cymraeg', interpreterBooked: true });
      expect(await store.attendee(attendee.id)).toMatchObject({ languageNeeded: 'Cymraeg', interpreterBooked: true });
      await store.updateAttendee(attendee.id, { interpreterBooked: false });
      expect((await store.attendeesOf(conference.id))[0]).toMatchObject({ languageNeeded: 'Cymraeg', interpreterBooked: false });
    });

    it('IS1/IS2: finds a record link by its token hash, keeps the first download time and revokes it', async () => {
      await seed();
      await store.createRecordLink(link);
      expect(await store.recordLinkByTokenHash('rt1')).toEqual(link);
      await store.markRecordLinkDownloaded(link.id, '2030-01-02T09:00:00.000Z');
      await store.markRecordLinkDownloaded(link.id, '2030-01-03T09:00:00.000Z');
      await store.revokeRecordLink(link.id, '2030-01-04T09:00:00.000Z');
      expect(await store.recordLinksOf(conference.id)).toEqual([{ ...link, firstDownloadAt: '2030-01-02T09:00:00.000Z', revokedAt: '2030-01-04T09:00:00.000Z' }]);
    });

    it('AM3: stores amendment requests as written, and the first decision stands', async () => {
      await seed();
      await store.createRecordLink(link);
      await store.createAmendment(request);
      expect(await store.amendment(request.id)).toEqual(request);
      const decision = { status: 'declined' as const, at: now, by: 'u1', response: 'It is what was said', version: null };
      expect(await store.decideAmendment(request.id, decision)).toBe(true);
      expect(await store.decideAmendment(request.id, { ...decision, status: 'accepted', version: 2 })).toBe(false);
      expect(await store.amendmentsOf(conference.id)).toEqual([{ ...request, status: 'declined', decidedAt: now, decidedBy: 'u1', response: 'It is what was said' }]);
    });

    it('RT2: deleting a conference deletes its record versions, links and amendment requests', async () => {
      await seed();
      await store.addRecordVersion(version(1));
      await store.createRecordLink(link);
      await store.createAmendment(request);
      await store.deleteConference(conference.id, [conference.id]);
      expect(await store.recordVersions(conference.id)).toEqual([]);
      expect(await store.recordLinkByTokenHash('rt1')).toBeNull();
      expect(await store.amendment(request.id)).toBeNull();
    });

    it('keeps council settings as JSON by key', async () => {
      expect(await store.setting('council')).toBeNull();
      await store.putSetting('council', '{"a":1}', 'u1');
      await store.putSetting('council', '{"a":2}', 'u1');
      expect(await store.setting('council')).toBe('{"a":2}');
    });
  });
}
