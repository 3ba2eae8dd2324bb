import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { FormError, TextField, useFocusFirstInvalid } from '../components/form';
import { graphql } from '../gql';
import { toProblem, type ApiProblem } from '../lib/api-errors';
import { safeNext } from '../lib/safe-next';
import { usePageTitle } from '../lib/use-page-title';
import { useSession } from '../session/session-context';

const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...SessionFields
    }
  }
`);

export function RegisterPage() {
  usePageTitle('Create an account');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const { signedIn, signIn } = useSession();
  const [register, { loading }] = useMutation(RegisterDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, problem);

  if (signedIn && !loading) return <Navigate to={next} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProblem(null);
    try {
      const input = { email: String(form.get('email')), displayName: String(form.get('displayName')), password: String(form.get('password')) };
      const { data } = await register({ variables: { input } });
      if (data) {
        await signIn(data.register);
        navigate(next, { replace: true });
      }
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <section className="auth-page" aria-labelledby="register-title">
      <h1 id="register-title">Create an account</h1>
      <form ref={formRef} className="form card" onSubmit={onSubmit} noValidate>
        <FormError problem={problem} />
        <TextField name="email" label="Email" type="email" autoComplete="email" required problem={problem} />
        <TextField
          name="displayName"
          label="Display name"
          hint="3 to 30 letters, digits, _ . or -. Others see it on your posts and can @mention it."
          autoComplete="nickname"
          required
          minLength={3}
          maxLength={30}
          problem={problem}
        />
        <TextField name="password" label="Password" type="password" hint="At least 10 characters." autoComplete="new-password" required minLength={10} problem={problem} />
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p className="aside">
        Already a member? <Link to={`/signin${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>Sign in</Link>.
      </p>
    </section>
  );
}
