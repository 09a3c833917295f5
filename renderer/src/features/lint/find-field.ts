// Finds the input that edits a finding's path: letter fields carry data-lint-path; record fields are found by id.
const RECORD_IDS: Readonly<Record<string, string>> = {
  session: "record-session",
  proposalNumber: "record-number",
  proposers: "record-proposers",
  proposalTitle: "record-title-input",
  assignedDate: "record-assigned",
  leadUnit: "record-lead-unit",
  dueDate: "record-due",
};

const FOCUSABLE = "input:not([type=hidden]), textarea, select, button";

function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

// A list's 添加 button carries the list's path: it is the target only when the list has no field yet.
function byLintPath(root: ParentNode, path: string): HTMLElement | null {
  const all = root.querySelectorAll<HTMLElement>("[data-lint-path]");
  let prefixed: HTMLElement | null = null;
  let button: HTMLElement | null = null;
  for (const el of all) {
    const p = el.dataset["lintPath"] ?? "";
    if (p === path && el.tagName !== "BUTTON") return el;
    if (p === path) button ??= el;
    else if (!prefixed && p.startsWith(`${path}.`)) prefixed = el;
  }
  return prefixed ?? button;
}

function focusable(el: HTMLElement): HTMLElement {
  return el.matches(FOCUSABLE) ? el : (el.querySelector<HTMLElement>(FOCUSABLE) ?? el);
}

/**
 * The element to focus for a path: the field with that data-lint-path, else the first field under it
 * ("closing" → closing.0), else its closest parent path's field; "record.x" fields by their ids.
 */
export function findField(path: string, root: ParentNode = document): HTMLElement | null {
  const keys = path.split(".");
  for (let n = keys.length; n > 0; n--) {
    const p = keys.slice(0, n).join(".");
    const hit = byLintPath(root, p);
    if (hit) return focusable(hit);
    if (keys[0] === "record" && n === 2) {
      const key = keys[1] ?? "";
      const el = document.getElementById(RECORD_IDS[key] ?? `record-${kebab(key)}`);
      if (el) return focusable(el);
    }
  }
  return null;
}
