import { useCallback } from 'react';
import { useT } from '../../i18n/useT.tsx';
import type { Conference } from '../../../shared/schema/conference.ts';

/**
 * Where a conference is, in the reader's language: the venue, online, or both. An online-only
 * conference made before the venue could be blank says "Online" as its venue.
 */
export function usePlace(): (c: Pick<Conference, 'venue' | 'online'>) => string {
  const t = useT();
  return useCallback(
    (c) => {
      const venue = c.venue === 'Online' ? '' : c.venue;
      if (!c.online) return venue;
      return venue ? t('conferences.place.venueAndOnline', { venue }) : t('conferences.place.online');
    },
    [t],
  );
}

/** The children's names as one line, in the order they were entered. */
export const childNames = (c: Pick<Conference, 'children'>) => c.children.map((ch) => ch.name).join(', ');
