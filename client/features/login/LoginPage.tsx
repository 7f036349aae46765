import { useState, type FormEvent } from 'react';
import { msg, type Msg } from '../../../shared/i18n/messages.ts';
import { ApiError, api } from '../../api.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Page } from '../../components/Page.tsx';
import { navigate, paths } from '../../router.ts';
import { useT } from '../../i18n/useT.tsx';
import { useSession } from '../../state/session.ts';

/** Only same-site paths are followed after sign-in, so a crafted link cannot send people elsewhere. */
function nextPath(): string {
  const next = new URLSearchParams(window.location.search).get('next') ?? '';
  return next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : paths.conferences();
}

export function LoginPage() {
  const t = useT();
  const setSession = useSession((s) => s.set);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Message ids, translated when shown, so the errors follow a change of language.
  const [problems, setProblems] = useState<{ field: string; msg: Msg }[]>([]);
  const errors: FieldError[] = problems.map((p) => ({ field: p.field, message: t(p.msg) }));
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: { field: string; msg: Msg }[] = [];
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) found.push({ field: 'email', msg: msg('login.error.email') });
    if (!password) found.push({ field: 'password', msg: msg('login.error.password') });
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      const session = await api.login(email.trim(), password);
      setSession(session);
      navigate(nextPath(), { replace: true });
    } catch (err) {
      const badCredentials = err instanceof ApiError && err.code === 'bad_credentials';
      setProblems([badCredentials ? { field: 'email', msg: msg('login.error.badCredentials') } : { field: '', msg: err instanceof ApiError ? err.msg : msg('errors.generic') }]);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('login.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">{t('login.title')}</h1>
          <p className="govuk-body">{t('login.intro')}</p>
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Input
              id="email"
              label={t('login.email')}
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={errorFor(errors, 'email')}
            />
            <Input
              id="password"
              label={t('login.password')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={errorFor(errors, 'password')}
            />
            <button type="submit" className="govuk-button" disabled={busy}>
              {t('login.submit')}
            </button>
          </form>
        </div>
      </div>
    </Page>
  );
}
