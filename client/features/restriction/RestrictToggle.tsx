import { useState } from 'react';
import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { T, useT } from '../../i18n/useT.tsx';
import { useIntents, useIntentStatus } from '../../model/intents.tsx';
import { hidden } from '../room/hidden.tsx';
import { usesMessages } from '../../../shared/i18n/messages.ts';

// The server refuses a restriction with these (shared/commands/restriction.ts).
usesMessages('commands.restriction.');

/**
 * "Make professionals only" / "Share with everyone" for any restrictable entity (RS2). The server
 * moves it between the documents and audits it, so this sends `restrict_item` rather than editing.
 * `noun` names the thing in the current language ("item", "eitem"); `label` tells a screen reader which one.
 */
export function RestrictToggle({ id, restricted, noun, label }: { id: string; restricted: boolean; noun: string; label?: string }) {
  const queue = useIntents();
  const t = useT();
  const [sentId, setSentId] = useState<string | null>(null);
  const status = useIntentStatus(sentId);
  const send = (r: boolean) => setSentId(queue.send('restrict_item', { itemId: id, restricted: r }));
  const which = { label: label ?? '', hasLabel: label ? 'yes' : 'no', hidden };
  return (
    <>
      {restricted ? (
        <InlineConfirm
          className="cr-link-button"
          label={<T id="restriction.share" values={which} />}
          question={t('restriction.shareQuestion', { noun })}
          confirmLabel={t('restriction.shareConfirm')}
          onConfirm={() => send(false)}
        />
      ) : (
        <InlineConfirm
          className="cr-link-button"
          label={<T id="restriction.restrict" values={which} />}
          question={t('restriction.restrictQuestion')}
          confirmLabel={t('restriction.restrictConfirm')}
          onConfirm={() => send(true)}
        />
      )}
      {status.state === 'refused' ? (
        <p className="govuk-error-message" role="alert">
          {t(status.message)}
        </p>
      ) : null}
    </>
  );
}
