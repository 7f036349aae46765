import type { ReactNode } from 'react';

/** For `<hidden>…</hidden>` in a message: words a screen reader hears that are not shown ("Delete<hidden> item 2</hidden>"). */
export const hidden = (chunks: ReactNode[]) => <span className="govuk-visually-hidden">{chunks}</span>;
