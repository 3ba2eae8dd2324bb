import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { FormError, TextField, useFocusFirstInvalid } from '../components/form';
import { graphql } from '../gql';
import { toProblem, type ApiProblem } from '../lib/api-errors';
import { safeNext } from '../lib/safe-next';
import { usePageTitle } from '../lib/use-page-title';
import { useSession } from '../session/session-context';

const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
    }
  }
`);

export function SignInPage() {
  usePageTitle('Sign in');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const { signedIn, signIn } = useSession();
  const [login, { loading }] = useMutation(LoginDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, problem);

  if (signedIn && !loading) return <Navigate to={next} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProblem(null);
    try {
      const { data } = await login({ variables: { input: { email: String(form.get('email')), password: String(form.get('password')) } } });
      if (data) {
        await signIn(data.login);
        navigate(next, { replace: true });
      }
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <section className="auth-page" aria-labelledby="signin-title">
      <h1 id="signin-title">Sign in</h1>
      <form ref={formRef} className="form card" onSubmit={onSubmit} noValidate>
        <FormError problem={problem} />
        <TextField name="email" label="Email" type="email" autoComplete="username" required problem={problem} />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" required problem={problem} />
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="aside">
        New here? <Link to={`/register${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>Create an account</Link>.
      </p>
    </section>
  );
}
