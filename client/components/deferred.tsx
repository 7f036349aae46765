import { Component, Suspense, use, type ComponentType, type ReactNode, type ReactPromise } from 'react';
import { useT } from '../i18n/useT.tsx';
import { Button } from './govuk/Button.tsx';
import { WarningText } from './govuk/WarningText.tsx';

/** A component whose code is a chunk of its own: downloaded when first shown, or earlier by `prefetch`. */
export interface Deferred<P> {
  (props: P): ReactNode;
  /**
   * Download now (when idle, say) so showing it later does not wait; a failure is dropped and the
   * real load tries again. A loaded component with parts of its own to come later (`WithParts`)
   * has them prefetched too, so a device that prefetched a screen can show all of it offline.
   */
  prefetch(): Promise<void>;
}

/** A component some of whose parts are chunks of their own (a closed list, a form): `prefetch` downloads them. */
export type WithParts<P> = ComponentType<P> & { prefetch?: () => Promise<unknown> };

/** What a deferred component shows while its chunk downloads, and when the download failed. */
export interface DeferredLook {
  Pending: ComponentType;
  Failed: ComponentType<{ retry(): void }>;
}

/** The chunk could not be downloaded (the connection dropped): worth trying again, unlike an error in the component itself. */
class ChunkLoadError extends Error {}

interface Attempt<T> {
  /** With the fields React's `use` sets on a promise it has seen, so a download finished earlier (a prefetch) renders at once. */
  promise: Promise<T> & ReactPromise<T>;
  failed: boolean;
  /** A screen waits for it: its failure stays, shown, until "Try again". */
  shown: boolean;
}

/**
 * React.lazy keeps a failed download for good, so a dropped connection would leave the screen broken
 * until a reload; here "Try again" downloads again. A prefetch that failed is forgotten, so showing
 * the component tries the network again rather than reporting the old failure.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>, look: DeferredLook): Deferred<P> {
  let attempt: Attempt<ComponentType<P>> | undefined;
  const start = () => {
    const a: Attempt<ComponentType<P>> = {
      failed: false,
      shown: false,
      promise: load().then(
        (View) => {
          Object.assign(a.promise, { status: 'fulfilled', value: View });
          return View;
        },
        (err: unknown) => {
          const reason = new ChunkLoadError('chunk download failed', { cause: err });
          Object.assign(a.promise, { status: 'rejected', reason });
          a.failed = true;
          if (!a.shown && attempt === a) attempt = undefined;
          throw reason;
        },
      ),
    };
    return a;
  };
  const shown = () => {
    attempt ??= start();
    attempt.shown = true;
    return attempt.promise;
  };
  const forgetFailure = () => {
    if (attempt?.failed) attempt = undefined;
  };

  function Loaded(props: P) {
    const View = use(shown());
    return <View {...props} />;
  }
  function DeferredView(props: P) {
    return (
      <LoadBoundary Failed={look.Failed} onRetry={forgetFailure}>
        <Suspense fallback={<look.Pending />}>
          <Loaded {...props} />
        </Suspense>
      </LoadBoundary>
    );
  }
  DeferredView.prefetch = () => {
    forgetFailure();
    attempt ??= start();
    return attempt.promise.then(
      (View) => (View as WithParts<P>).prefetch?.().then(() => undefined),
      () => undefined,
    );
  };
  return DeferredView;
}

/** Catches only a failed download (anything else is the next boundary's), and shows it with a way to try again. */
class LoadBoundary extends Component<{ Failed: DeferredLook['Failed']; onRetry(): void; children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!(error instanceof ChunkLoadError)) throw error;
    const { Failed, onRetry } = this.props;
    const retry = () => {
      onRetry();
      this.setState({ error: null });
    };
    return <Failed retry={retry} />;
  }
}

/** A part of the page that could not be downloaded: says so, and offers to try again. */
export function LoadFailed({ retry }: { retry(): void }) {
  const t = useT();
  return (
    <div role="alert">
      <WarningText>{t('app.loadFailed.body')}</WarningText>
      <Button variant="secondary" onClick={retry}>
        {t('app.loadFailed.retry')}
      </Button>
    </div>
  );
}

/** When the device is idle (after its first screen), for downloads nobody waits on. Safari has no requestIdleCallback: a short wait instead. */
export const idle = (): Promise<void> =>
  new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 3000 }) : setTimeout(resolve, 500)));
