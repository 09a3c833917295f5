// The daily backup actually happens: the backupDays setting (old settings files included), the host schedule
// (one backup at start, failures as a notice, never a throw), `replydesk backup` following the setting.
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupCommand } from "../../../electron/cli/commands/backup";
import { openServices, type Services } from "../../../electron/main/services";
import { backupNames, localDay, startDailyBackups, startServiceBackups } from "../../../electron/main/services/backup";
import { DEFAULT_SETTINGS } from "../../../shared/model/settings";
import { validateSettings, formFromSettings } from "../../../renderer/src/features/settings/settings-form";
import { makeDraft, tempDir } from "../foundation/helpers";

let dir: string;
let cleanup: () => Promise<void>;
let services: Services | null = null;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir("replydesk-backup-days-"));
});
afterEach(async () => {
  await services?.close();
  services = null;
  await cleanup();
});

const day = (offset: number): Date => new Date(2024, 4, 10 + offset, 9, 0);

describe("the backupDays setting", () => {
  it("defaults to 14 days, also for a settings file written before the setting existed (no notice)", async () => {
    expect(DEFAULT_SETTINGS.backupDays).toBe(14);
    const old = JSON.stringify({ bureau: { fullName: "某局" }, user: { name: "李", role: "审核人" } });
    await writeFile(path.join(dir, "settings.json"), old);
    services = await openServices({ dataDir: dir });
    expect(services.settings.get().backupDays).toBe(14);
    expect(services.settings.get().bureau.fullName).toBe("某局");
    expect(services.store.notices()).toEqual([]);
    expect(await readFile(path.join(dir, "settings.json"), "utf8")).toBe(old);
  });

  it("is saved, read back, and an invalid stored value falls back to the default with a notice", async () => {
    services = await openServices({ dataDir: dir });
    services.settings.update({ backupDays: 30 });
    expect(() => services!.settings.update({ backupDays: 0 })).toThrow(/设置无效/u);
    expect(() => services!.settings.update({ backupDays: 366 })).toThrow(/设置无效/u);
    await services.close();
    expect(JSON.parse(await readFile(path.join(dir, "settings.json"), "utf8")).backupDays).toBe(30);
    services = await openServices({ dataDir: dir });
    expect(services.settings.get().backupDays).toBe(30);
    await services.close();

    const raw = JSON.parse(await readFile(path.join(dir, "settings.json"), "utf8"));
    await writeFile(path.join(dir, "settings.json"), JSON.stringify({ ...raw, backupDays: "一个月" }));
    services = await openServices({ dataDir: dir });
    expect(services.settings.get().backupDays).toBe(14);
    expect(services.settings.get().user).toEqual(DEFAULT_SETTINGS.user);
    expect(services.store.notices().some((n) => n.message.includes("备份保留天数"))).toBe(true);
  });

  it("is validated on the settings page with a Chinese message (full-width digits accepted)", () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    expect(form.backupDays).toBe("14");
    const ok = validateSettings({ ...form, backupDays: "３０" });
    expect(ok.ok && ok.patch.backupDays).toBe(30);
    for (const bad of ["0", "366", "两周", "", "7.5"]) {
      const r = validateSettings({ ...form, backupDays: bad });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.backupDays).toMatch(/1 到 365/u);
    }
  });
});

describe("the hosts' backup schedule", () => {
  it("makes today's backup in the background and keeps the configured number of days", async () => {
    services = await openServices({ dataDir: dir });
    await services.store.create(makeDraft("关于备份的提案"));
    services.settings.update({ backupDays: 2 });
    for (let i = 0; i < 4; i += 1) {
      const schedule = startServiceBackups(services, () => day(i));
      const r = await schedule.firstRun;
      await schedule.stop();
      expect(r).toMatchObject({ name: localDay(day(i)), created: true });
    }
    expect(await backupNames(dir)).toEqual([localDay(day(2)), localDay(day(3))]);
    expect(await readdir(path.join(dir, "backups", localDay(day(3)), "drafts"))).toHaveLength(1);
    expect(services.store.notices()).toEqual([]);
  });

  it("does not hold up the caller: nothing is written before the host's current task is done", async () => {
    services = await openServices({ dataDir: dir });
    const schedule = startServiceBackups(services, () => day(0));
    expect(existsSync(path.join(dir, "backups"))).toBe(false);
    await schedule.firstRun;
    expect(await backupNames(dir)).toEqual([localDay(day(0))]);
    await schedule.stop();
  });

  it("turns a failed backup into one visible notice a day, never a throw", async () => {
    services = await openServices({ dataDir: dir });
    // A file where the backups folder should be: every backup attempt fails.
    await writeFile(path.join(dir, "backups"), "不是文件夹");
    const first = startServiceBackups(services, () => day(0));
    expect(await first.firstRun).toBeNull();
    await first.stop();
    const again = startServiceBackups(services, () => day(0));
    expect(await again.firstRun).toBeNull();
    await again.stop();
    const notices = services.store.notices().filter((n) => n.message.includes("备份"));
    expect(notices.length).toBeGreaterThanOrEqual(1);
    expect(notices[0]?.level).toBe("warning");
    expect(notices[0]?.message).toMatch(/[\u4e00-\u9fff]/u);
  });

  it("checks again on its interval, so an app left open past midnight backs up the new day", async () => {
    let clock = day(0);
    let reports = 0;
    const ticking = startDailyBackups({
      dataDir: dir,
      keepDays: () => 14,
      report: async () => void (reports += 1),
      now: () => clock,
      intervalMs: 20,
    });
    await ticking.firstRun;
    clock = day(1);
    for (let i = 0; i < 100 && (await backupNames(dir)).length < 2; i += 1) await new Promise((r) => setTimeout(r, 20));
    await ticking.stop();
    expect(await backupNames(dir)).toEqual([localDay(day(0)), localDay(day(1))]);
    expect(reports).toBe(0);
  });
});

describe("replydesk backup", () => {
  async function run(argv: string[]): Promise<{ code: number; out: string }> {
    let out = "";
    const code = await backupCommand.run(argv, { out: (t) => void (out += t), err: () => {}, env: {}, cwd: dir });
    return { code, out };
  }

  it("keeps the days of the data folder's setting unless --keep says otherwise", async () => {
    const data = path.join(dir, "data");
    await mkdir(path.join(data, "backups", "2020-01-01"), { recursive: true });
    await mkdir(path.join(data, "backups", "2020-01-02"), { recursive: true });
    await mkdir(path.join(data, "backups", "2020-01-03"), { recursive: true });
    await writeFile(path.join(data, "settings.json"), JSON.stringify({ backupDays: 3 }));
    const r = await run(["--data", data]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("保留 3 天");
    expect(await backupNames(data)).toEqual(["2020-01-02", "2020-01-03", localDay(new Date())]);
    expect((await run(["--data", data, "--keep", "1"])).out).toContain("保留 1 天");
    expect(await backupNames(data)).toEqual([localDay(new Date())]);
    await expect(run(["--data", data, "--keep", "0"])).rejects.toThrow(/1 到 365/u);
  });
});
