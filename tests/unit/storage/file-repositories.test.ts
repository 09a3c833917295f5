// The storage contract against the local-file adapter (a temp data folder).
import { openFileRepositories } from "../../../electron/main/storage/file-repositories";
import { tempDir } from "../foundation/helpers";
import { describeRepositoryContract } from "./repositories.contract";

describeRepositoryContract("local files", async () => {
  const { dir, cleanup } = await tempDir("replydesk-repos-");
  const repos = await openFileRepositories({ dataDir: dir });
  return {
    repos,
    cleanup: async () => {
      await repos.close();
      await cleanup();
    },
  };
});
