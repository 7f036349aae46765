import { Suspense, lazy, type ComponentType } from 'react';
import { Loading } from './Page.tsx';

/**
 * A screen loaded when first opened: a participant's phone, which only ever opens the join page
 * and the room, does not download the chair's screens, the projector or the administration.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => load().then((C) => ({ default: C })));
  return function LazyScreen(props: P) {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
