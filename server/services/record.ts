import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import type { ConferenceRow, RecordVersionRow, Store } from '../store/types.ts';
import type { RoomRegistry } from '../sync/registry.ts';
import type { Room } from '../sync/room.ts';
import type { Principal } from '../auth/sessions.ts';
import type { Conference } from '../../shared/schema/conference.ts';
import { project } from '../../shared/schema/project.ts';
import { roomNames } from '../../shared/schema/docLayout.ts';
import { recordedDeadlines, type Deadline } from '../../shared/rules/deadlines.ts';
import type { CouncilPolicy } from '../../shared/rules/councilPolicy.ts';
import { conferenceLocalDate } from '../../shared/rules/workingDays.ts';
import { changeReason, type ChangeRequest } from '../../shared/rules/record.ts';
import type { ReportPolicy } from '../../shared/rules/reportPolicy.ts';
import { policyOf } from '../../shared/schema/settings.ts';
import { buildOutline } from '../../shared/export/outline.ts';
import type { ChangeEntry, DocumentOutline, Edition, RecordSource } from '../../shared/export/types.ts';
import type { ConferenceLanguage } from '../../shared/i18n/locale.ts';
import { conferenceToApi } from './conferences.ts';
import { councilSettings } from '../http/routes/settings.ts';

/** EX6 — The language a conference's record is in: the choice made for the record, else the conference's language. */
export function recordLanguageOf(conf: ConferenceRow): ConferenceLanguage {
  return conf.recordLanguage ?? conf.language;
}

/** What a version keeps beside the two documents, so its documents read the same for ever. */
export interface VersionMeta {
  conference: Conference;
  chair: string;
  noteTaker: string;
  deadlines: Deadline[];
  reportPolicy: ReportPolicy;
  policy: CouncilPolicy;
  finalisedBy: string;
  finalisedAt: string;
  /** `request`: the facts of the request an accepted amendment answers (AM3); `why` is then empty (older versions stored an English sentence). */
  change: { what: string; why: string; amendmentId: string | null; request?: ChangeRequest } | null;
}

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** FZ3 — The content hash of a version: over its facts and both document snapshots, each hashed on its own. */
export function versionHash(metaJson: string, shared: Uint8Array, professional: Uint8Array): string {
  return sha(`conference-room-record-v1\n${sha(metaJson)}\n${sha(shared)}\n${sha(professional)}`);
}

export function verifyVersion(v: RecordVersionRow): boolean {
  return versionHash(v.metaJson, v.sharedState, v.professionalState) === v.hash;
}

function docOf(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, state);
  return doc;
}

/** A finalised version, or the live documents while the record is still a draft. */
export type RecordBasis = { kind: 'version'; row: RecordVersionRow; meta: VersionMeta } | { kind: 'draft'; meta: VersionMeta; shared: Uint8Array; professional: Uint8Array };

/**
 * The record after the meeting (FZ1–FZ3, EX1): snapshots of both documents, finalised versions
 * with a content hash and a change log, and the documents built from a version (or the draft).
 */
export class RecordService {
  constructor(private readonly store: Store, private readonly registry: RoomRegistry) {}

  /**
   * Both documents as they are now, from the rooms (which hold everything committed). With several
   * instances a room first reads what another instance committed that has not reached it yet.
   */
  async snapshot(conferenceId: string): Promise<{ shared: Uint8Array; professional: Uint8Array }> {
    const names = roomNames(conferenceId);
    const current = async (room: Room) => {
      await room.checkLog();
      return Y.encodeStateAsUpdate(room.doc);
    };
    const shared = await this.registry.withRoom(names.shared, current);
    const professional = await this.registry.withRoom(names.professional, current);
    return { shared, professional };
  }

  /** Whether the documents differ from the latest version: compared by their state vectors. */
  async changedSince(conferenceId: string, latest: RecordVersionRow | null): Promise<boolean> {
    if (!latest) return true;
    const now = await this.snapshot(conferenceId);
    const same = (a: Uint8Array, b: Uint8Array) =>
      Buffer.from(Y.encodeStateVectorFromUpdate(a)).equals(Buffer.from(Y.encodeStateVectorFromUpdate(b)));
    return !(same(now.shared, latest.sharedState) && same(now.professional, latest.professionalState));
  }

  private async names(conf: ConferenceRow, by: Principal, previous: VersionMeta | null): Promise<{ chair: string; noteTaker: string }> {
    const chair = (await this.store.userById(conf.createdBy))?.name ?? '';
    const noteTaker = by.role === 'notetaker' ? by.name : previous?.noteTaker ?? '';
    return { chair, noteTaker };
  }

  /** The facts a version prints, worked out now with the council's current timescales. */
  private async meta(conf: ConferenceRow, by: Principal, model: ReturnType<typeof project>, previous: VersionMeta | null, change: VersionMeta['change'], at: string): Promise<VersionMeta> {
    const settings = await councilSettings(this.store);
    const policy = policyOf(settings);
    const facts = { date: conferenceLocalDate(conf.startsAt), startTime: conf.startsAt.slice(11, 16), type: conf.type, jurisdiction: conf.jurisdiction as Conference['jurisdiction'] };
    return {
      conference: conferenceToApi(conf),
      ...(await this.names(conf, by, previous)),
      // DE6: the dates follow the decision as recorded in the meeting (with the chair's date changes).
      deadlines: recordedDeadlines(facts, model.decision.recorded ?? model.decision, policy),
      reportPolicy: settings.reports,
      policy,
      finalisedBy: by.name,
      finalisedAt: at,
      change,
    };
  }

  async versions(conferenceId: string): Promise<RecordVersionRow[]> {
    return this.store.recordVersions(conferenceId);
  }

  /**
   * FZ1/FZ2 — Make the next version: snapshot both documents, hash them with their facts, store
   * the version (a version number is taken once: a racing finaliser gets an error). Version 1 needs
   * no change entry; each later one says what changed and why.
   */
  async finalise(conf: ConferenceRow, by: Principal, change: VersionMeta['change']): Promise<RecordVersionRow> {
    const previous = (await this.store.recordVersions(conf.id)).at(-1) ?? null;
    const prevMeta = previous ? (JSON.parse(previous.metaJson) as VersionMeta) : null;
    const { shared, professional } = await this.snapshot(conf.id);
    const at = new Date().toISOString();
    const meta = await this.meta(conf, by, project(docOf(shared), docOf(professional)), prevMeta, previous ? change : null, at);
    const metaJson = JSON.stringify(meta);
    const row: RecordVersionRow = {
      conferenceId: conf.id,
      version: (previous?.version ?? 0) + 1,
      sharedState: shared,
      professionalState: professional,
      metaJson,
      hash: versionHash(metaJson, shared, professional),
      createdAt: at,
      createdBy: by.userId ?? '',
    };
    await this.store.addRecordVersion(row);
    return row;
  }

  /** The basis of a document: a given version, the latest one, or (for staff, before any version) the draft. */
  async basis(conf: ConferenceRow, version: number | undefined, by: Principal | null, allowDraft: boolean): Promise<RecordBasis | null> {
    const versions = await this.store.recordVersions(conf.id);
    const row = version === undefined ? versions.at(-1) : versions.find((v) => v.version === version);
    if (row) return { kind: 'version', row, meta: JSON.parse(row.metaJson) as VersionMeta };
    if (version !== undefined || !allowDraft || !by) return null;
    const { shared, professional } = await this.snapshot(conf.id);
    const meta = await this.meta(conf, by, project(docOf(shared), docOf(professional)), null, null, new Date().toISOString());
    return { kind: 'draft', meta, shared, professional };
  }

  /**
   * EX1/EX2 — A document's outline: the full record from both documents; the family copy and letter from the shared one only.
   * EX6 — In any language: the version's hash covers its snapshot and facts, not their wording, so one version reads in each.
   */
  async outline(conf: ConferenceRow, basis: RecordBasis, edition: Edition, language: ConferenceLanguage): Promise<DocumentOutline> {
    const [sharedState, professionalState] = basis.kind === 'version'
      ? [basis.row.sharedState, basis.row.professionalState]
      : [basis.shared, basis.professional];
    const model = project(docOf(sharedState), edition === 'full' ? docOf(professionalState) : null);
    const all = await this.store.recordVersions(conf.id);
    const upTo = basis.kind === 'version' ? basis.row.version : Infinity;
    const changes: ChangeEntry[] = all.filter((v) => v.version <= upTo).flatMap((v) => {
      const m = JSON.parse(v.metaJson) as VersionMeta;
      return m.change ? [{ version: v.version, what: m.change.what, why: changeReason(m.change), by: m.finalisedBy, at: m.finalisedAt }] : [];
    });
    const m = basis.meta;
    const source: RecordSource = {
      conference: m.conference,
      model,
      deadlines: m.deadlines,
      reportPolicy: m.reportPolicy,
      policy: m.policy,
      chair: m.chair,
      noteTaker: m.noteTaker,
      version: basis.kind === 'version' ? { number: basis.row.version, finalisedAt: m.finalisedAt, finalisedBy: m.finalisedBy, hash: basis.row.hash } : null,
      changes,
    };
    return buildOutline(edition, source, language);
  }

  /** The .docx of a document, with its pictures rasterised here. */
  async docx(conf: ConferenceRow, basis: RecordBasis, edition: Edition, language: ConferenceLanguage): Promise<{ outline: DocumentOutline; bytes: Uint8Array }> {
    const outline = await this.outline(conf, basis, edition, language);
    // Loaded on the first download, not at start: the Word writer (docx) and the rasteriser (resvg)
    // are about 12 MB of a server's resident memory that most requests never need.
    const [{ docxBytes }, { rasterisePng }] = await Promise.all([import('../../shared/export/docx.ts'), import('../export/rasterise.ts')]);
    return { outline, bytes: await docxBytes(outline, rasterisePng) };
  }
}
