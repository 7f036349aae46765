import { useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { TextInput } from '../../components/fields.tsx';
import { Page } from '../../components/Page.tsx';
import { navigate, paths } from '../../router.ts';
import { useSession } from '../../state/session.ts';

/** Only same-site paths are followed after sign-in, so a crafted link cannot send people elsewhere. */
function nextPath(): string {
  const next = new URLSearchParams(window.location.search).get('next') ?? '';
  return next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : paths.conferences();
}

export function LoginPage() {
  const setSession = useSession((s) => s.set);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) found.push({ field: 'email', message: 'Enter an email address like name@council.gov.uk' });
    if (!password) found.push({ field: 'password', message: 'Enter your password' });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      const session = await api.login(email.trim(), password);
      setSession(session);
      navigate(nextPath(), { replace: true });
    } catch (err) {
      const message = err instanceof ApiError ? err.message : 'Something went wrong. Try again.';
      const field = err instanceof ApiError && err.code === 'bad_credentials' ? 'email' : '';
      setErrors([{ field, message: err instanceof ApiError && err.code === 'bad_credentials' ? 'Enter the email address and password for your account' : message }]);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Sign in">
      <div className="cr-grid-row">
        <div className="cr-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 className="cr-heading-l">Sign in</h1>
          <p className="cr-body">For chairs and note takers. If you were invited to a meeting, use the link you were sent.</p>
          <form onSubmit={(e) => void submit(e)} noValidate>
            <TextInput
              id="email"
              label="Email address"
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={errorFor(errors, 'email')}
            />
            <TextInput
              id="password"
              label="Password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={errorFor(errors, 'password')}
            />
            <button type="submit" className="cr-button" disabled={busy}>
              Sign in
            </button>
          </form>
        </div>
      </div>
    </Page>
  );
}
