import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/layout';
import { Loading } from './components/status';
import { HomePage } from './pages/home';
import { NotFoundPage } from './pages/not-found';
import { ProfilePage } from './pages/profile';
import { RegisterPage } from './pages/register';
import { SignInPage } from './pages/sign-in';
import { ThreadsPage } from './pages/threads';

// The writing pages (editors, pickers, history) load on demand, keeping the first page light.
const ThreadPage = lazy(() => import('./pages/thread/thread-page').then((m) => ({ default: m.ThreadPage })));
const AskPage = lazy(() => import('./pages/ask').then((m) => ({ default: m.AskPage })));

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="threads" element={<ThreadsPage />} />
        <Route
          path="t/:key"
          element={
            <Suspense fallback={<Loading label="Loading the thread…" />}>
              <ThreadPage />
            </Suspense>
          }
        />
        <Route
          path="ask"
          element={
            <Suspense fallback={<Loading />}>
              <AskPage />
            </Suspense>
          }
        />
        <Route path="signin" element={<SignInPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="members/:id" element={<ProfilePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
