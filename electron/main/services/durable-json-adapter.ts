// A lowdb adapter whose writes are atomic and fsync'd (lowdb's own JSONFile never fsyncs).
import { promises as fs } from "node:fs";
import type { Adapter } from "lowdb";
import { writeFileAtomic } from "./atomic-file";

/** Thrown by DurableJsonAdapter.read when the file exists but is not valid JSON. */
export class JsonParseError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "JsonParseError";
  }
}

/** lowdb adapter: reads JSON (null when the file is absent), writes atomically and durably. */
export class DurableJsonAdapter<T> implements Adapter<T> {
  constructor(private readonly file: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await fs.readFile(this.file, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
    try {
      return JSON.parse(text) as T;
    } catch (err) {
      throw new JsonParseError(this.file, err);
    }
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify(data));
  }
}
