import type { ComponentType } from 'react';
import { deferred, LoadFailed, type DeferredLook } from './deferred.tsx';
import { Loading } from './Page.tsx';

const SCREEN_LOOK: DeferredLook = { Pending: () => <Loading />, Failed: ScreenLoadFailed };

/**
 * A screen loaded when first opened: a participant's phone, which only ever opens the join page
 * and the room, does not download the chair's screens, the projector or the administration.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return deferred(load, SCREEN_LOOK);
}

function ScreenLoadFailed({ retry }: { retry(): void }) {
  return (
    <div className="govuk-width-container">
      <LoadFailed retry={retry} />
    </div>
  );
}
