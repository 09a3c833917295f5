// User templates, kept in <dataDir>/templates.json (atomic writes; a damaged file is quarantined, not reset).
import { promises as fs } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { AppError } from "../../../shared/api/errors";
import { UserTemplate } from "../../../shared/letter";
import { writeFileAtomic } from "./atomic-file";
import { quarantineFile } from "./draft-files";

const TemplateFile = z.object({ version: z.literal(1), templates: z.array(UserTemplate) });

/** The user's saved templates in one data folder. */
export class TemplateStore {
  private constructor(
    private readonly file: string,
    private templates: UserTemplate[],
  ) {}

  /** Loads templates.json; a damaged file is moved aside and reported through `report`. */
  static async open(
    dataDir: string,
    report: (message: string) => Promise<void>,
    now: () => Date,
  ): Promise<TemplateStore> {
    const file = path.join(dataDir, "templates.json");
    let text: string;
    try {
      text = await fs.readFile(file, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return new TemplateStore(file, []);
      throw err;
    }
    try {
      return new TemplateStore(file, TemplateFile.parse(JSON.parse(text)).templates);
    } catch {
      const moved = await quarantineFile(file, now());
      await report(`模板文件 templates.json 已损坏，已隔离为 ${moved}；内置模板不受影响。`);
      return new TemplateStore(file, []);
    }
  }

  /** All user templates, oldest first. */
  list(): readonly UserTemplate[] {
    return this.templates;
  }

  /** One template, or NOT_FOUND. */
  get(id: string): UserTemplate {
    const t = this.templates.find((x) => x.id === id);
    if (!t) throw new AppError("NOT_FOUND", "找不到该模板，可能已被删除");
    return t;
  }

  /** Adds a template (names must be unique). */
  async add(template: UserTemplate): Promise<void> {
    if (this.templates.some((t) => t.name === template.name)) {
      throw new AppError("CONFLICT", `已有名为“${template.name}”的模板，请换一个名称`);
    }
    await this.persist([...this.templates, template]);
  }

  /** Deletes a template. */
  async remove(id: string): Promise<void> {
    this.get(id);
    await this.persist(this.templates.filter((t) => t.id !== id));
  }

  private async persist(next: UserTemplate[]): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify({ version: 1, templates: next }));
    this.templates = next;
  }
}
