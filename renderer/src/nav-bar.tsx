// The top bar: app name, links to 文稿, 导入, 统计, 回收站, 恢复, 人员, 设置, and who is signed in.
import { SignInControl } from "./features/people/sign-in-control";
import { hrefOf, type Route } from "./lib/routes";

/** Top navigation; marks the current section with aria-current. */
export function NavBar({ route }: { readonly route: Route }) {
  const section = route.page === "draft" ? "list" : route.page;
  const link = (page: "list" | "import" | "trash" | "settings" | "recovery" | "people" | "stats", label: string) => (
    <a href={hrefOf({ page })} className="nav-link" aria-current={section === page ? "page" : undefined}>
      {label}
    </a>
  );
  return (
    <header className="nav-bar">
      <span className="nav-brand">答复函工作台</span>
      <nav aria-label="主导航" className="nav-links">
        {link("list", "文稿")}
        {link("import", "导入")}
        {link("stats", "统计")}
        {link("trash", "回收站")}
        {link("recovery", "恢复")}
        {link("people", "人员")}
        {link("settings", "设置")}
      </nav>
      <SignInControl />
    </header>
  );
}
