// Settings behind a small interface: electron-store in the app, conf (same API) in browser mode and tests.
import { promises as fs } from "node:fs";
import path from "node:path";
import { AppError } from "../../../shared/api/errors";
import { DEFAULT_SETTINGS, Settings, type SettingsPatch } from "../../../shared/model/settings";

/** What the rest of main needs from settings. */
export interface SettingsService {
  /** Current settings, always complete and valid. */
  get(): Settings;
  /** Applies a partial update after validating the result; returns the new settings. */
  update(patch: SettingsPatch): Settings;
}

/** The subset of the conf / electron-store API we use (both classes satisfy it). */
export interface KeyValueStore {
  readonly store: Record<string, unknown>;
  set(key: string, value: unknown): void;
}

/** Options shared by conf and electron-store so both write <dataDir>/settings.json. */
export function settingsStoreOptions(dataDir: string): { cwd: string; configName: string; clearInvalidConfig: false } {
  return { cwd: dataDir, configName: "settings", clearInvalidConfig: false };
}

/** Merges stored values over defaults, dropping what no longer validates (each section on its own). */
function readValid(raw: Record<string, unknown>): { settings: Settings; dropped: string[] } {
  const dropped: string[] = [];
  const bureau = Settings.shape.bureau.safeParse({ ...DEFAULT_SETTINGS.bureau, ...(raw["bureau"] as object) });
  const user = Settings.shape.user.safeParse({ ...DEFAULT_SETTINGS.user, ...(raw["user"] as object) });
  // Settings files written before backupDays existed simply lack it: that is the default, not a problem.
  const backupDays = Settings.shape.backupDays.safeParse(raw["backupDays"] ?? DEFAULT_SETTINGS.backupDays);
  if (!bureau.success) dropped.push("单位信息");
  if (!user.success) dropped.push("用户信息");
  if (!backupDays.success) dropped.push("备份保留天数");
  return {
    settings: {
      bureau: bureau.success ? bureau.data : DEFAULT_SETTINGS.bureau,
      user: user.success ? user.data : DEFAULT_SETTINGS.user,
      backupDays: backupDays.success ? backupDays.data : DEFAULT_SETTINGS.backupDays,
    },
    dropped,
  };
}

/** Wraps a conf-like store with zod validation. `onProblem` reports settings that could not be used. */
export function createSettingsService(store: KeyValueStore, onProblem: (message: string) => void): SettingsService {
  const initial = readValid(store.store);
  if (initial.dropped.length > 0) {
    onProblem(`设置文件中的${initial.dropped.join("、")}无效，暂用默认值；原文件未被改写，保存设置后才会覆盖。`);
  }
  let current = initial.settings;
  return {
    get: () => current,
    update(patch) {
      const candidate = Settings.safeParse({
        bureau: { ...current.bureau, ...patch.bureau },
        user: { ...current.user, ...patch.user },
        backupDays: patch.backupDays ?? current.backupDays,
      });
      if (!candidate.success) {
        const issue = candidate.error.issues[0];
        throw new AppError("BAD_INPUT", `设置无效：${issue ? `${issue.path.join(".")} ${issue.message}` : ""}`);
      }
      store.set("bureau", candidate.data.bureau);
      store.set("user", candidate.data.user);
      store.set("backupDays", candidate.data.backupDays);
      current = candidate.data;
      return current;
    },
  };
}

/**
 * Opens a store with the given constructor; a settings file that is not JSON is moved aside as
 * settings.json.corrupt-<time> (never silently reset) and reported, then a fresh store is opened.
 */
export async function openSettingsStore<S extends KeyValueStore>(
  dataDir: string,
  make: () => S,
  report: (message: string) => Promise<void>,
  now: () => Date,
): Promise<S> {
  try {
    return make();
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    const file = path.join(dataDir, "settings.json");
    const target = `${file}.corrupt-${now().toISOString().replace(/[:.]/g, "-")}`;
    await fs.rename(file, target);
    await report(`设置文件 settings.json 已损坏，已隔离为 ${path.basename(target)}，当前使用默认设置。`);
    return make();
  }
}
