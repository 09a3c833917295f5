// Zod's built-in messages in Simplified Chinese, for every schema of the app (imported for its side effect).
import { z } from "zod";

z.config(z.locales.zhCN());

/** Marker export so the module reads as used; importing the file is what configures zod. */
export const ZOD_LOCALE = "zh-CN";
