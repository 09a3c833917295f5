import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import Conf from "conf";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openServices, type Services } from "../../../electron/main/services";
import { settingsStoreOptions } from "../../../electron/main/services/settings-service";
import { DEFAULT_SETTINGS } from "../../../shared/model/settings";
import { tempDir } from "./helpers";

let dir: string;
let cleanup: () => Promise<void>;
let services: Services | null = null;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  await services?.close();
  services = null;
  await cleanup();
});

describe("settings (through conf, as electron-store in the app)", () => {
  it("starts from defaults and persists a bureau and user profile to <data>/settings.json", async () => {
    services = await openServices({ dataDir: dir });
    expect(services.settings.get()).toEqual(DEFAULT_SETTINGS);
    services.settings.update({
      bureau: { fullName: "惠济区科技和工业信息化局", shortName: "区科工信局", docCode: "惠科工函" },
      user: { name: "王敏", role: "文书" },
    });
    await services.close();
    const onDisk = JSON.parse(await readFile(path.join(dir, "settings.json"), "utf8"));
    expect(onDisk.bureau.docCode).toBe("惠科工函");
    services = await openServices({ dataDir: dir });
    expect(services.settings.get().user).toEqual({ name: "王敏", role: "文书" });
    expect(services.settings.get().bureau.deadlineMonths).toBe(3);
  });

  it("rejects an invalid update with BAD_INPUT and keeps the previous settings", async () => {
    services = await openServices({ dataDir: dir });
    expect(() => services!.settings.update({ bureau: { deadlineMonths: 0 } })).toThrow(/设置无效/);
    expect(() => services!.settings.update({ user: { role: "局长" as never } })).toThrow();
    expect(services.settings.get()).toEqual(DEFAULT_SETTINGS);
    const conf = new Conf(settingsStoreOptions(dir));
    expect(conf.store["bureau"]).toBeUndefined();
  });

  it("quarantines a corrupt settings file instead of silently resetting it, with a notice", async () => {
    await writeFile(path.join(dir, "settings.json"), '{"bureau": {"fullName": "某局"');
    services = await openServices({ dataDir: dir });
    expect(services.settings.get()).toEqual(DEFAULT_SETTINGS);
    expect((await readdir(dir)).some((n) => n.startsWith("settings.json.corrupt-"))).toBe(true);
    expect(services.store.notices().some((n) => n.message.includes("settings.json"))).toBe(true);
  });

  it("keeps valid sections and reports invalid ones without rewriting the file", async () => {
    const raw = JSON.stringify({
      bureau: { fullName: "某局", deadlineMonths: "三个月" },
      user: { name: "李", role: "审核人" },
    });
    await writeFile(path.join(dir, "settings.json"), raw);
    services = await openServices({ dataDir: dir });
    expect(services.settings.get().user).toEqual({ name: "李", role: "审核人" });
    expect(services.settings.get().bureau).toEqual(DEFAULT_SETTINGS.bureau);
    expect(services.store.notices().some((n) => n.message.includes("单位信息"))).toBe(true);
    expect(await readFile(path.join(dir, "settings.json"), "utf8")).toBe(raw);
  });
});
