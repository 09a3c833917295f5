// Contract methods for settings: the bureau profile and the current user.
import { z } from "zod";
import { Settings, SettingsPatch } from "../model/settings";
import { method } from "./define";

/** Settings domain of the contract. */
export const settingsMethods = {
  getSettings: method("读取设置", z.object({}), Settings),
  updateSettings: method("修改设置（部分字段）", SettingsPatch, Settings),
} as const;
