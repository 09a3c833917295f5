// Store notices: things the user must be told about (a quarantined file, a rebuilt index), kept on disk.
import { randomUUID } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { StoreNotice } from "../../../shared/api/drafts";
import { writeFileAtomic } from "./atomic-file";
import { quarantineFile } from "./draft-files";

/** Persistent list of notices in <dataDir>/notices.json, shown until dismissed. */
export class NoticeBoard {
  private items: StoreNotice[] = [];
  private constructor(
    private readonly file: string,
    private readonly now: () => Date,
  ) {}

  /** Loads the notices of a data folder (an unreadable notices file is moved aside, with a notice saying so). */
  static async open(dataDir: string, now: () => Date): Promise<NoticeBoard> {
    const board = new NoticeBoard(path.join(dataDir, "notices.json"), now);
    try {
      const parsed: unknown = JSON.parse(await fs.readFile(board.file, "utf8"));
      if (Array.isArray(parsed)) board.items = parsed.filter(isNotice);
      else throw new Error("不是提示列表");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") {
        // Moved aside, never overwritten: the earlier notices stay readable in the quarantined file.
        board.items = [];
        const moved = await quarantineFile(board.file, now()).catch(() => null);
        await board.add(
          "warning",
          moved
            ? `提示记录文件 notices.json 已损坏，已隔离为 ${moved}（之前的提示保存在该文件中，未删除），此后重新开始记录。`
            : "提示记录文件 notices.json 无法读取，此后重新开始记录。",
        );
      }
    }
    return board;
  }

  /** All notices, oldest first. */
  list(): StoreNotice[] {
    return [...this.items];
  }

  /** Records a notice and persists it. */
  async add(level: StoreNotice["level"], message: string): Promise<void> {
    this.items.push({ id: randomUUID().slice(0, 12), time: this.now().toISOString(), level, message });
    await writeFileAtomic(this.file, JSON.stringify(this.items));
  }

  /** Removes a notice the user has read. */
  async dismiss(id: string): Promise<void> {
    this.items = this.items.filter((n) => n.id !== id);
    await writeFileAtomic(this.file, JSON.stringify(this.items));
  }
}

function isNotice(v: unknown): v is StoreNotice {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o["id"] === "string" && typeof o["message"] === "string" && typeof o["time"] === "string";
}
