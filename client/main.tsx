import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { loadStartingLocale } from './i18n/locale.ts';
import { applyDisplayPrefs } from './state/displayPrefs.ts';
import './styles/govuk.scss';
import './styles/base.scss';
import './styles/forms.css';
import './styles/components.css';
import './styles/lists.css';
import './styles/room.css';
import './styles/panels.css';
import './styles/steps.css';
import './styles/board.css';
import './styles/review.css';
import './styles/participant.css';
import './styles/scaling.css';
import './styles/dotplot.css';
import './styles/decision.css';
import './styles/plan.css';
import './styles/child-voice.css';
import './styles/record.css';

applyDisplayPrefs();
// govuk-frontend's CSS styles some components differently once script runs (conditional reveals are hidden);
// set here rather than by the inline script GOV.UK's template uses, which our Content Security Policy forbids.
document.body.classList.add('govuk-frontend-supported');

const root = document.getElementById('root');
// A device reading Welsh (its stored choice, or a phone set to Welsh) fetches the Welsh words before
// the first render, so the page never shows English first; an English reader's device never fetches them.
if (root) {
  void loadStartingLocale().then(() => createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <App />
      </I18nProvider>
    </StrictMode>,
  ));
}
