// The app shell: navigation bar, store notices and the page for the current hash route.
import { DraftListPage } from "./features/drafts/draft-list-page";
import { DraftPage } from "./features/drafts/draft-page";
import { ImportPage } from "./features/import/import-page";
import { NoticeBanner } from "./features/notices/notice-banner";
import { RecoveryPage } from "./features/recovery/recovery-page";
import { SettingsPage } from "./features/settings/settings-page";
import { TrashPage } from "./features/trash/trash-page";
import { NavBar } from "./nav-bar";
import { useRoute } from "./lib/use-route";

/** The whole UI. */
export function App() {
  const route = useRoute();
  return (
    <div className="app">
      <NavBar route={route} />
      <NoticeBanner />
      <main className="app-main">
        {route.page === "list" && <DraftListPage />}
        {route.page === "draft" && <DraftPage key={route.id} id={route.id} />}
        {route.page === "trash" && <TrashPage />}
        {route.page === "import" && <ImportPage />}
        {route.page === "settings" && <SettingsPage />}
        {route.page === "recovery" && <RecoveryPage id={route.id ?? null} />}
      </main>
    </div>
  );
}
