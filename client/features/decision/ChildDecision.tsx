import type { Child } from '../../../shared/schema/conference.ts';
import { categoryOptions, decisionOptions, type Category, type Outcome } from '../../../shared/rules/decision.ts';
import { Radios } from '../../components/fields.tsx';
import { useCanEdit, useCommand, useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { setChildDecisionIn } from './commands.ts';
import { ReviewChildDecision } from '../review/ReviewDecision.tsx';
import { useT } from '../../i18n/useT.tsx';
import { firstName } from '../views/viewText.ts';

/** DE1: the chair's decision for one child, in the jurisdiction's words, with a category when that outcome needs one (DC5). */
export function ChildDecision({ child, error }: { child: Child; error?: string | undefined }) {
  const t = useT();
  const { conference } = useRoom();
  const canEdit = useCanEdit();
  const current = useConference((m) => m.decision.perChild.find((p) => p.childId === child.id));
  const run = useCommand(setChildDecisionIn);
  const options = decisionOptions(conference.jurisdiction, conference.type);
  const chosen = options.find((o) => o.value === current?.outcome);
  const categories = categoryOptions(conference.jurisdiction);

  return (
    <div className="cr-child-decision">
      <Radios<Outcome>
        id={`decision-${child.id}`}
        legend={child.name}
        options={options.map((o) => ({ value: o.value, label: t(o.label) }))}
        value={(chosen?.value ?? '') as Outcome | ''}
        onChange={(outcome) => {
          if (!canEdit) return;
          const needs = options.find((o) => o.value === outcome)?.requiresCategory === true;
          run({ childId: child.id, outcome, category: needs ? ((current?.category as Category | null) ?? null) : null, reason: current?.reason });
        }}
        error={error}
      />
      {chosen?.requiresCategory ? (
        <div className="cr-conditional">
          <Radios<Category>
            id={`decision-${child.id}-category`}
            legend={t('decision.child.category', { child: firstName(child.name) })}
            options={categories.map((c) => ({ value: c.value, label: t(c.label) }))}
            value={(current?.category ?? '') as Category | ''}
            onChange={(category) => canEdit && run({ childId: child.id, outcome: chosen.value, category, reason: current?.reason })}
            inline
          />
        </div>
      ) : null}
      <ReviewChildDecision child={child} />
    </div>
  );
}
