import { useMemo } from 'react';
import type { Genogram } from '../../../shared/schema/projectGenogram.ts';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { useCurrentLocale } from '../../i18n/useT.tsx';
import type { Locale } from '../../../shared/i18n/locale.ts';
import '../../styles/genogram.css';

export interface GenogramView {
  genogram: Genogram;
  /** Professionals see restricted entities (marked); the family and the projector never have them. */
  audience: 'family' | 'professional';
  /** The conference date, for ages. */
  asOf: string;
  children: readonly { id: string; name: string }[];
  /** The language of the words in the picture and the sentences: the reader's (the projector's on the projector). */
  locale: Locale;
}

/** The genogram with what every picture and list of it needs. */
export function useGenogram(): GenogramView {
  const { conference } = useRoom();
  const genogram = useConference((m) => m.genogram);
  const professional = useConference((m) => m.professional);
  const locale = useCurrentLocale();
  const children = useMemo(() => conference.children.map((c) => ({ id: c.id, name: c.name })), [conference.children]);
  return { genogram, audience: professional ? 'professional' : 'family', asOf: conference.startsAt.slice(0, 10), children, locale };
}
