// Child process of the kill test: opens a DraftStore and mutates it in a loop until it is killed.
// Usage: node --import tsx writer-process.ts <dataDir> <seed>
// Prints "READY" once the store is open, then "SAVED <id> <revision>" after each save or create has resolved.
import { DraftStore } from "../../../electron/main/services/draft-store";
import type { Draft } from "../../../shared/model/draft";
import { blankDraft } from "../../../shared/model/factory";
import { mulberry32 } from "./prng";

const MAX_DRAFTS = 12;

async function main(): Promise<void> {
  const [dataDir, seedText] = process.argv.slice(2);
  if (!dataDir) throw new Error("usage: writer-process.ts <dataDir> <seed>");
  const rng = mulberry32(Number(seedText ?? 1));
  // A short index delay so kills also land in the middle of index writes.
  const store = await DraftStore.open(dataDir, { indexWriteDelayMs: rng.int(0, 20) });
  process.stdout.write("READY\n");
  for (let step = 0; ; step += 1) {
    const live = store.list({});
    const trashed = store.list({ trashed: true });
    const roll = rng.next();
    if (live.length < MAX_DRAFTS && (live.length === 0 || roll < 0.1)) {
      const id = `k${process.pid}x${step}`;
      const base = blankDraft(id, new Date().toISOString(), rng.chance(0.5) ? "提案" : "建议");
      const created = await store.create({
        ...base,
        record: { ...base.record, proposalTitle: `关于第${step}号事项的提案`, proposers: ["王伟"] },
      });
      process.stdout.write(`SAVED ${created.id} ${created.revision}\n`);
    } else if (roll < 0.14 && live.length > 1) {
      await store.trash(rng.pick(live).id);
    } else if (roll < 0.18 && trashed.length > 0) {
      await store.restore(rng.pick(trashed).id);
    } else {
      const row = rng.pick(live);
      const draft: Draft = await store.get(row.id);
      const text = "现答复如下：".repeat(rng.int(1, 400));
      const r = await store.save({ ...draft, letter: { ...draft.letter, opening: text } }, draft.revision);
      process.stdout.write(`SAVED ${row.id} ${r.revision}\n`);
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
