// The app shell: navigation bar, store notices and the page for the current hash route.
import { lazy, Suspense } from "react";
import { DraftListPage } from "./features/drafts/draft-list-page";
import { NoticeBanner } from "./features/notices/notice-banner";
import { NavBar } from "./nav-bar";
import { PeopleProvider } from "./features/people/people-context";
import { useRoute } from "./lib/use-route";

// The list is the first screen; every other page (the draft page carries the linter, the import page the
// parser) loads when it is first opened, so the first screen does not wait for them.
const DraftPage = lazy(() => import("./features/drafts/draft-page").then((m) => ({ default: m.DraftPage })));
const ImportPage = lazy(() => import("./features/import/import-page").then((m) => ({ default: m.ImportPage })));
const RecoveryPage = lazy(() => import("./features/recovery/recovery-page").then((m) => ({ default: m.RecoveryPage })));
const SettingsPage = lazy(() => import("./features/settings/settings-page").then((m) => ({ default: m.SettingsPage })));
const PeoplePage = lazy(() => import("./features/people/people-page").then((m) => ({ default: m.PeoplePage })));
const StatsPage = lazy(() => import("./features/handling/stats-page").then((m) => ({ default: m.StatsPage })));
const TrashPage = lazy(() => import("./features/trash/trash-page").then((m) => ({ default: m.TrashPage })));

/** The whole UI. */
export function App() {
  const route = useRoute();
  return (
    <PeopleProvider>
      <div className="app">
        <NavBar route={route} />
        <NoticeBanner />
        <main className="app-main">
          {route.page === "list" && <DraftListPage />}
          <Suspense fallback={<p className="page-note">正在加载…</p>}>
            {route.page === "draft" && <DraftPage key={route.id} id={route.id} />}
            {route.page === "trash" && <TrashPage />}
            {route.page === "import" && <ImportPage />}
            {route.page === "settings" && <SettingsPage />}
            {route.page === "people" && <PeoplePage />}
            {route.page === "stats" && <StatsPage />}
            {route.page === "recovery" && <RecoveryPage id={route.id ?? null} />}
          </Suspense>
        </main>
      </div>
    </PeopleProvider>
  );
}
