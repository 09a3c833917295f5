// Child process of the writer-lock race test: waits for "go" on stdin, then tries to take the writer lock.
// Usage: node lock-process.mjs <dataDir>. Prints "READY", then "GOT" or "BUSY <message>", then holds on until killed.
import { createInterface } from "node:readline";
import { acquireWriterLock } from "../../../electron/main/services/writer-lock";

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error("usage: lock-process <dataDir>");
  const lines = createInterface({ input: process.stdin });
  process.stdout.write("READY\n");
  for await (const line of lines) {
    if (line.trim() !== "go") continue;
    try {
      await acquireWriterLock(dataDir);
      process.stdout.write("GOT\n");
    } catch (err) {
      process.stdout.write(`BUSY ${(err as Error).message}\n`);
    }
  }
}

void main();
