// Where a file handed to the user went: saved through a dialog, offered as a download, or cancelled.
import { z } from "zod";

/** Delivery of a file (mirrors the host: Electron save dialog, or browser-mode download). */
export const DeliverySchema = z.union([
  z.object({ kind: z.literal("saved"), path: z.string() }),
  z.object({ kind: z.literal("download"), url: z.string(), fileName: z.string() }),
  z.object({ kind: z.literal("cancelled") }),
]);
export type Delivery = z.infer<typeof DeliverySchema>;
