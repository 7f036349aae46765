import type { Store, ConferenceRow } from '../store/types.ts';
import type { RoomRegistry } from '../sync/registry.ts';
import type { Principal } from '../auth/sessions.ts';
import type { Intent } from '../../shared/intents/index.ts';
import type { Role } from '../../shared/schema/roles.ts';
import type { Jurisdiction } from '../../shared/rules/jurisdiction.ts';
import { SERVER_ORIGIN } from '../../shared/commands/docs.ts';
import { roomNames } from '../../shared/schema/docLayout.ts';
import { addProposal, putView, type Sender } from '../../shared/commands/intake.ts';
import { markScored, publishScores, roundStatus } from '../../shared/commands/scaling.ts';
import { setRestricted } from '../../shared/commands/restriction.ts';
import { recordDecision } from '../../shared/commands/decision.ts';
import { recordProgress } from '../../shared/commands/review.ts';
import { isKeyWorker } from '../../shared/rules/progress.ts';
import { categoryOptions } from '../../shared/rules/decision.ts';
import { checkQuorum } from '../../shared/rules/quorum.ts';
import { scorerGroup } from '../../shared/rules/scaling.ts';
import { canSpeakForChild, enteredOnBehalf } from '../../shared/rules/childVoice.ts';
import { addChildWords, putChildScale } from '../../shared/commands/childVoice.ts';
import { councilSettings } from '../http/routes/settings.ts';
import { project } from '../../shared/schema/project.ts';
import { canChair, canGiveView, canPropose, canScore, viewFor } from '../../shared/rules/permissions.ts';
import { HttpError, conflict, forbidden, refusal } from '../http/errors.ts';
import { msg } from '../../shared/i18n/messages.ts';

export interface IntentContext {
  store: Store;
  registry: RoomRegistry;
}


async function senderFor(ctx: IntentContext, p: Principal, conf: ConferenceRow, onBehalfOf?: string): Promise<Sender & { role: Role }> {
  const id = onBehalfOf ?? p.attendeeId;
  if (!id) throw forbidden(msg('errors.intent.inviteesOnly'));
  const a = await ctx.store.attendee(id);
  if (!a || a.conferenceId !== conf.id || a.revokedAt) throw new HttpError(404, 'not_found', msg('errors.intent.notOnConference'));
  return { attendeeId: a.id, name: a.name, role: a.role };
}

/**
 * IN4 — Check an intent against the rules in shared/, stamp the sender from the session and apply
 * it with the server's origin. Throws HttpError (a catalogue message) when not allowed.
 */
export async function applyIntent(ctx: IntentContext, p: Principal, conf: ConferenceRow, intent: Intent): Promise<unknown> {
  const rooms = roomNames(conf.id);
  switch (intent.type) {
    case 'propose_item':
    case 'propose_action':
    case 'propose_person':
    case 'propose_relationship': {
      if (!canPropose(p.role)) throw forbidden();
      const by = p.kind === 'staff' ? { attendeeId: p.userId ?? '', name: p.name, role: p.role } : await senderFor(ctx, p, conf);
      const proposal =
        intent.type === 'propose_item'
          ? { kind: 'item' as const, section: intent.section, text: intent.text }
          : intent.type === 'propose_action'
            ? { kind: 'action' as const, action: intent.action }
            : intent.type === 'propose_person'
              ? { kind: 'person' as const, person: intent.person, text: intent.person.name }
              : { kind: 'relationship' as const, relationship: intent.relationship, text: '' };
      await ctx.registry.withRoom(rooms.professional, (room) => {
        const r = addProposal(room.doc, intent.id, proposal, by);
        // IN5 — Another sender's proposal holds this id: refused, never a silent drop behind a 200.
        if (!r.ok) throw refusal(409, 'id_in_use', r.reasons);
      });
      return { proposalId: intent.id };
    }
    case 'submit_score':
    case 'record_score': {
      const onBehalf = intent.type === 'record_score';
      if (onBehalf ? !canChair(p.role) : p.kind !== 'attendee' || !canScore(p.role)) throw forbidden(msg('errors.scaling.notScorer'));
      const by = await senderFor(ctx, p, conf, onBehalf ? intent.attendeeId : undefined);
      if (onBehalf && !canScore(by.role)) throw forbidden(msg('errors.scaling.theyDoNotScore'));
      await ctx.registry.withRoom(rooms.shared, async (room) => {
        if (roundStatus(room.doc, intent.roundId) !== 'open') throw conflict(msg('errors.scaling.closed'));
        // Sealed: the score goes to the store only; the document learns just that this person scored.
        await ctx.store.upsertScore({
          conferenceId: conf.id, roundId: intent.roundId, attendeeId: by.attendeeId, name: by.name, role: by.role,
          score: intent.score, reason: intent.reason, onBehalf, updatedAt: new Date().toISOString(),
        });
        markScored(room.doc, intent.roundId, by.attendeeId);
      });
      return { score: intent.score };
    }
    case 'reveal_scores': {
      if (!canChair(p.role)) throw forbidden();
      await ctx.registry.withRoom(rooms.shared, async (room) => {
        const status = roundStatus(room.doc, intent.roundId);
        if (status === null) throw new HttpError(404, 'not_found', msg('errors.scaling.questionGone'));
        if (status === 'revealed') return;
        const scores = await ctx.store.scoresOf(conf.id, intent.roundId);
        const r = publishScores(room.doc, intent.roundId, scores.map((s) => ({
          attendeeId: s.attendeeId, name: s.name, role: s.role, group: scorerGroup(s.role),
          score: s.score, reason: s.reason, onBehalf: s.onBehalf,
        })));
        if (!r.ok) throw refusal(409, 'conflict', r.reasons);
      });
      return { revealed: true };
    }
    case 'submit_view':
    case 'record_view': {
      const onBehalf = intent.type === 'record_view';
      if (onBehalf ? !canChair(p.role) : p.kind !== 'attendee' || !canGiveView(p.role)) throw forbidden(msg('errors.views.notGiver'));
      const by = await senderFor(ctx, p, conf, onBehalf ? intent.attendeeId : undefined);
      if (onBehalf && !canGiveView(by.role)) throw forbidden(msg('errors.views.theyDoNotGive'));
      const children = new Set((JSON.parse(conf.childrenJson) as { id: string }[]).map((c) => c.id));
      if (!intent.perChild.every((v) => children.has(v.childId))) throw new HttpError(400, 'invalid', msg('errors.views.childrenOnly'));
      // DV5: a category is one this jurisdiction records (DC0).
      const categories = new Set<string>(categoryOptions(conf.jurisdiction as Jurisdiction).map((c) => c.value));
      if (!intent.perChild.every((v) => v.category === null || categories.has(v.category))) throw new HttpError(400, 'invalid', msg('errors.views.categoryUnknown'));
      const { perChild, reason } = intent;
      await ctx.registry.withRoom(rooms.shared, (room) =>
        putView(room.doc, { ...by, family: viewFor(by.role) === 'family', onBehalf }, { perChild, reason }),
      );
      return { recorded: true };
    }
    case 'child_words':
    case 'child_scale': {
      // CV2: the child, their advocate, or the chair recording it; anyone but the child is marked.
      if (!(canChair(p.role) || (p.kind === 'attendee' && canSpeakForChild(p.role)))) throw forbidden(msg('errors.childVoice.whoMay'));
      const child = (JSON.parse(conf.childrenJson) as { id: string; name: string }[]).find((c) => c.id === intent.childId);
      if (!child) throw new HttpError(400, 'invalid', msg('errors.childVoice.chooseChild'));
      const by = p.kind === 'staff' ? { attendeeId: p.userId ?? '', name: p.name, role: p.role } : await senderFor(ctx, p, conf);
      const sender = { ...by, onBehalf: enteredOnBehalf(by.role) ? { name: by.name, role: by.role } : null };
      await ctx.registry.withRoom(rooms.shared, (room) => {
        const r = intent.type === 'child_words' ? addChildWords(room.doc, intent, child, sender, intent.id) : putChildScale(room.doc, intent, sender);
        if (!r.ok) throw refusal(400, 'invalid', r.reasons);
      });
      return { recorded: true };
    }
    case 'restrict_item': {
      if (!canChair(p.role)) throw forbidden();
      // One transaction on each document, copy before delete (BD5): the server holds both rooms.
      await ctx.registry.withRoom(rooms.shared, (shared) =>
        ctx.registry.withRoom(rooms.professional, (professional) => {
          const r = setRestricted({ shared: shared.doc, professional: professional.doc }, intent.itemId, intent.restricted, SERVER_ORIGIN);
          if (!r.ok) throw refusal(409, 'conflict', r.reasons);
        }),
      );
      return { restricted: intent.restricted };
    }
    case 'record_decision': {
      if (!canChair(p.role)) throw forbidden();
      const children = (JSON.parse(conf.childrenJson) as { id: string; name: string }[]).map(({ id, name }) => ({ id, name }));
      const { quorumAgencies } = await councilSettings(ctx.store);
      await ctx.registry.withRoom(rooms.shared, (room) => {
        const model = project(room.doc, null);
        // QU1: the quorum as it stands when the decision is recorded is kept with it.
        const quorum = checkQuorum(model.attendees, quorumAgencies);
        // DC6: a review says why a plan ends or changes category, against last time's decision.
        const previous = model.previous?.decision?.perChild ?? [];
        const r = recordDecision(room.doc, { jurisdiction: conf.jurisdiction as Jurisdiction, type: conf.type, children, previous }, model.decision, SERVER_ORIGIN, quorum);
        if (!r.ok) throw refusal(400, 'invalid', r.reasons, 'decision');
      });
      return { recorded: true };
    }
    case 'record_progress': {
      // RV3 — The chair, or the key worker (an invited professional named as key worker last time or now).
      const model = await ctx.registry.withRoom(rooms.shared, (room) => project(room.doc, null));
      const sender = p.kind === 'attendee' ? await senderFor(ctx, p, conf) : null;
      const allowed = p.role === 'chair' || (sender !== null && isKeyWorker(sender, model));
      if (!allowed) throw forbidden(msg('errors.review.progressWho'));
      const by = { name: sender?.name ?? p.name, at: new Date().toISOString() };
      await ctx.registry.withRoom(rooms.shared, (shared) =>
        ctx.registry.withRoom(rooms.professional, (professional) => {
          const r = recordProgress({ shared: shared.doc, professional: professional.doc }, intent.actionId, { progress: intent.progress, note: intent.note }, by);
          if (!r.ok) throw refusal(409, 'conflict', r.reasons);
        }),
      );
      return { progress: intent.progress };
    }
  }
}
