import type { Conference } from '../schema/conference.ts';
import type { ConferenceModel } from '../schema/project.ts';
import type { Deadline } from '../rules/deadlines.ts';
import type { ReportPolicy } from '../rules/reportPolicy.ts';
import type { CouncilPolicy } from '../rules/councilPolicy.ts';
import type { ConferenceLanguage, Locale } from '../i18n/locale.ts';
import type { Msg } from '../i18n/messages.ts';

/** The three documents of the record (EX1). */
export const EDITIONS = ['full', 'family', 'letter'] as const;
export type Edition = (typeof EDITIONS)[number];

/** Pictures the documents can hold; each is an SVG string the caller may rasterise. */
export type PictureId = 'dot_plot' | 'genogram' | 'trend';

/**
 * One block of a document. Every string is literal text: renderers never interpret it as markup,
 * a field or a link (EX4). Headings carry a level so Word's navigation pane and screen readers work.
 * `lang` is the language of the block's own words, so Word and screen readers read it in that language.
 */
export type Block = BlockContent & { lang?: Locale };
type BlockContent =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'strong' | 'quiet' }
  | { kind: 'bullets'; items: readonly string[] }
  /** A two-column table of labels and values (a GOV.UK summary list). */
  | { kind: 'facts'; rows: readonly (readonly [string, string])[] }
  /** A table whose header row repeats on every page. */
  | { kind: 'table'; caption: string; header: readonly string[]; rows: readonly (readonly string[])[]; widths?: readonly number[] }
  | { kind: 'picture'; id: PictureId; svg: string; alt: string; width: number; height: number }
  /** Where a bilingual document's English half starts, on a new page. */
  | { kind: 'pageBreak' };

/** A document as a list of blocks, with what every page's header and footer shows. */
export interface DocumentOutline {
  edition: Edition;
  /** English, Welsh, or both (Welsh first). */
  language: ConferenceLanguage;
  title: string;
  /** The protective marking on every page (OFFICIAL-SENSITIVE). */
  marking: string;
  /** The children's names, on every page. */
  children: string;
  /** "Page {page} of {pages}", split around the two numbers: one per language, side by side in the footer. */
  pageLabels: readonly (readonly [string, string, string])[];
  fileName: string;
  blocks: readonly Block[];
}

/** A finalised version as the documents describe it. */
export interface VersionInfo {
  number: number;
  finalisedAt: string;
  finalisedBy: string;
  hash: string;
}

/** One change between versions, as the change log shows it. */
export interface ChangeEntry {
  version: number;
  what: string;
  /** The reason typed, or the request it answers as a message (AM3). */
  why: string | Msg;
  by: string;
  at: string;
}

/**
 * Everything a document is built from. `model` is the professional model for the full record; for
 * the family copy and the letter the caller passes the shared document's model only (EX2).
 */
export interface RecordSource {
  conference: Conference;
  model: ConferenceModel;
  deadlines: readonly Deadline[];
  reportPolicy: ReportPolicy;
  /** The council's timescales the dates were worked out with, to say how in the reader's language. */
  policy: CouncilPolicy;
  chair: string;
  noteTaker: string;
  /** null while the record is a draft. */
  version: VersionInfo | null;
  changes: readonly ChangeEntry[];
}
