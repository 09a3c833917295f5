// Hash routes of the app: #/, #/drafts/<id>, #/trash, #/settings (no router dependency needed).

/** A parsed route. */
export type Route =
  | { readonly page: "list" }
  | { readonly page: "draft"; readonly id: string }
  | { readonly page: "trash" }
  | { readonly page: "import" }
  | { readonly page: "settings" }
  | { readonly page: "people" }
  | { readonly page: "stats" }
  | { readonly page: "recovery"; readonly id?: string };

/** Parses location.hash into a Route; anything unknown is the draft list. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "");
  const draft = /^\/drafts\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (draft?.[1]) return { page: "draft", id: draft[1] };
  if (path === "/trash") return { page: "trash" };
  if (path === "/import") return { page: "import" };
  if (path === "/settings") return { page: "settings" };
  if (path === "/people") return { page: "people" };
  if (path === "/stats") return { page: "stats" };
  const recovery = /^\/recovery(?:\/([A-Za-z0-9_-]{1,64}))?$/.exec(path);
  if (recovery) return recovery[1] ? { page: "recovery", id: recovery[1] } : { page: "recovery" };
  return { page: "list" };
}

/** The hash for a route, for links and navigate(). */
export function hrefOf(route: Route): string {
  switch (route.page) {
    case "draft":
      return `#/drafts/${route.id}`;
    case "trash":
      return "#/trash";
    case "import":
      return "#/import";
    case "settings":
      return "#/settings";
    case "people":
      return "#/people";
    case "stats":
      return "#/stats";
    case "recovery":
      return route.id ? `#/recovery/${route.id}` : "#/recovery";
    default:
      return "#/";
  }
}

/** Goes to a route (pushes a history entry, so Back works). */
export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}
