// The services container: everything main, browser mode and the CLI share, opened on one data folder.
import Conf from "conf";
import { DraftStore } from "./draft-store";
import { PeopleService } from "./people/people-service";
import { TemplateStore } from "./template-store";
import {
  createSettingsService,
  openSettingsStore,
  settingsStoreOptions,
  type KeyValueStore,
  type SettingsService,
} from "./settings-service";

/** Open services for one data folder. */
export interface Services {
  readonly dataDir: string;
  readonly store: DraftStore;
  readonly settings: SettingsService;
  readonly templates: TemplateStore;
  /** The bureau roster, personal keys and who is signed in. */
  readonly people: PeopleService;
  /** Flushes and releases the data folder. */
  readonly close: () => Promise<void>;
}

/** How to open services. */
export interface OpenServicesOptions {
  readonly dataDir: string;
  /** Builds the settings store; defaults to `conf` (electron-store in the Electron app). */
  readonly makeSettingsStore?: (dataDir: string) => KeyValueStore;
  readonly now?: () => Date;
}

/** Opens the store and settings on a data folder. */
export async function openServices(opts: OpenServicesOptions): Promise<Services> {
  const now = opts.now ?? (() => new Date());
  const store = await DraftStore.open(opts.dataDir, { now });
  try {
    const make = opts.makeSettingsStore ?? ((dir: string) => new Conf(settingsStoreOptions(dir)) as KeyValueStore);
    const report = (message: string): Promise<void> => store.reportNotice("warning", message);
    const kv = await openSettingsStore(store.dataDir, () => make(store.dataDir), report, now);
    const problems: string[] = [];
    const settings = createSettingsService(kv, (m) => problems.push(m));
    for (const m of problems) await report(m);
    const templates = await TemplateStore.open(store.dataDir, report, now);
    const people = await PeopleService.open(store.dataDir, now, report);
    return { dataDir: store.dataDir, store, settings, templates, people, close: () => store.close() };
  } catch (err) {
    await store.close();
    throw err;
  }
}
