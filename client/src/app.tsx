import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
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
// Moderation and admin pages are for few people: never in the first page's bundle.
const ReviewQueuePage = lazy(() => import('./pages/review-queue').then((m) => ({ default: m.ReviewQueuePage })));
const ModerationLogPage = lazy(() => import('./pages/moderation-log').then((m) => ({ default: m.ModerationLogPage })));
const AdminCategoriesPage = lazy(() => import('./pages/admin/categories').then((m) => ({ default: m.AdminCategoriesPage })));
const AdminReputationPage = lazy(() => import('./pages/admin/reputation').then((m) => ({ default: m.AdminReputationPage })));

const SearchPage = lazy(() => import('./pages/search').then((m) => ({ default: m.SearchPage })));
const ArticlePage = lazy(() => import('./pages/knowledge/article-page').then((m) => ({ default: m.ArticlePage })));
const ArticlesPage = lazy(() => import('./pages/knowledge/articles-page').then((m) => ({ default: m.ArticlesPage })));
const NewArticlePage = lazy(() => import('./pages/knowledge/articles-page').then((m) => ({ default: m.NewArticlePage })));

const WebcareQueuePage = lazy(() => import('./pages/webcare/queue').then((m) => ({ default: m.WebcareQueuePage })));
const WebcareCasePage = lazy(() => import('./pages/webcare/case-page').then((m) => ({ default: m.WebcareCasePage })));

const AdminWebcarePage = lazy(() => import('./pages/admin/webcare-admin').then((m) => ({ default: m.AdminWebcarePage })));
const NotificationsPage = lazy(() => import('./pages/notifications').then((m) => ({ default: m.NotificationsPage })));
// Charts (recharts) load only with the analytics page.
const AnalyticsPage = lazy(() => import('./pages/analytics/analytics-page').then((m) => ({ default: m.AnalyticsPage })));
const SavedRepliesPage = lazy(() => import('./pages/webcare/saved-replies').then((m) => ({ default: m.SavedRepliesPage })));

function Later({ children, label }: { children: ReactNode; label?: string }) {
  return <Suspense fallback={<Loading label={label} />}>{children}</Suspense>;
}

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
        <Route path="search" element={<Later><SearchPage /></Later>} />
        <Route path="articles" element={<Later><ArticlesPage /></Later>} />
        <Route path="articles/new" element={<Later><NewArticlePage /></Later>} />
        <Route path="a/:key" element={<Later label="Loading the article…"><ArticlePage /></Later>} />
        <Route path="webcare" element={<Later><WebcareQueuePage /></Later>} />
        <Route path="webcare/cases/:id" element={<Later label="Loading the case…"><WebcareCasePage /></Later>} />
        <Route path="analytics" element={<Later label="Loading analytics…"><AnalyticsPage /></Later>} />
        <Route path="review" element={<Later><ReviewQueuePage /></Later>} />
        <Route path="moderation/log" element={<Later><ModerationLogPage /></Later>} />
        <Route path="admin" element={<Navigate to="/admin/categories" replace />} />
        <Route path="admin/categories" element={<Later><AdminCategoriesPage /></Later>} />
        <Route path="admin/webcare" element={<Later><AdminWebcarePage /></Later>} />
        <Route path="webcare/saved-replies" element={<Later><SavedRepliesPage /></Later>} />
        <Route path="admin/reputation" element={<Later><AdminReputationPage /></Later>} />
        <Route path="notifications" element={<Later><NotificationsPage /></Later>} />
        <Route path="signin" element={<SignInPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="members/:id" element={<ProfilePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
