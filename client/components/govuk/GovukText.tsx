import { createContext, useContext, type ReactNode } from 'react';

/**
 * The few words the design system's components add themselves (the "Error:" read before a
 * field's error, the warning icon's text, the error summary's heading). The app's shell provides
 * them in the person's language; a component's own prop wins over them.
 */
export interface GovukText {
  /** Read before every error message, e.g. "Error:". */
  errorPrefix: string;
  /** Read in place of the warning icon, e.g. "Warning". */
  warningPrefix: string;
  /** The error summary's heading, e.g. "There is a problem". */
  errorSummaryTitle: string;
}

const Context = createContext<GovukText | null>(null);

export function GovukTextProvider({ text, children }: { text: GovukText; children: ReactNode }) {
  return <Context.Provider value={text}>{children}</Context.Provider>;
}

/** One of the shell's words, unless the caller gave its own; neither is a mistake worth failing loudly. */
export function useGovukWord(key: keyof GovukText, own: string | undefined): string {
  const text = useContext(Context);
  if (own !== undefined) return own;
  if (!text) throw new Error(`GOV.UK components need a GovukTextProvider above them (see App.tsx), or the ${key} prop.`);
  return text[key];
}
