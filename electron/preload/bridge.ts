// window.replydesk built from an invoke function: one named function per contract method, each bound to its
// own channel. Typed so that a method bound to another method's channel does not compile.
import { channelOf } from "../../shared/api/channels";
import type { BridgeApi } from "../../shared/api/contract";

/** Sends one call to the main process (ipcRenderer.invoke in the preload, a fake in tests). */
export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/** A bridge function that remembers, in its type and at run time, which method's channel it calls. */
export type BoundCall<K extends keyof BridgeApi> = BridgeApi[K] & { readonly method: K };

/** Every contract method bound to the channel of the same name (a wrong pairing is a type error). */
export type BoundBridge = { readonly [K in keyof BridgeApi]: BoundCall<K> };

/** Builds the call for one method. */
export function bindCall<K extends keyof BridgeApi>(invoke: Invoke, method: K): BoundCall<K> {
  const fn = (input: unknown): Promise<unknown> => invoke(channelOf(method), input);
  return Object.assign(fn, { method }) as unknown as BoundCall<K>;
}

/** The object exposed as window.replydesk. */
export function buildBridge(invoke: Invoke): BoundBridge {
  const call = <K extends keyof BridgeApi>(method: K): BoundCall<K> => bindCall(invoke, method);
  return {
    listDrafts: call("listDrafts"),
    listDraftPage: call("listDraftPage"),
    getDraft: call("getDraft"),
    createDraft: call("createDraft"),
    createSampleDraft: call("createSampleDraft"),
    saveDraft: call("saveDraft"),
    trashDraft: call("trashDraft"),
    restoreDraft: call("restoreDraft"),
    emptyTrash: call("emptyTrash"),
    storeInfo: call("storeInfo"),
    dismissNotice: call("dismissNotice"),
    getSettings: call("getSettings"),
    updateSettings: call("updateSettings"),
    listTemplates: call("listTemplates"),
    saveAsTemplate: call("saveAsTemplate"),
    deleteTemplate: call("deleteTemplate"),
    submitDraft: call("submitDraft"),
    returnDraft: call("returnDraft"),
    approveDraft: call("approveDraft"),
    allocateDocNumber: call("allocateDocNumber"),
    heldDocNumber: call("heldDocNumber"),
    cancelDocNumber: call("cancelDocNumber"),
    signDraft: call("signDraft"),
    markReplied: call("markReplied"),
    listVersions: call("listVersions"),
    diffVersions: call("diffVersions"),
    listComments: call("listComments"),
    addComment: call("addComment"),
    resolveComment: call("resolveComment"),
    acknowledgeFinding: call("acknowledgeFinding"),
    auditTrail: call("auditTrail"),
    exportExchange: call("exportExchange"),
    importExchange: call("importExchange"),
    deadlines: call("deadlines"),
    listBackups: call("listBackups"),
    listBackupDrafts: call("listBackupDrafts"),
    listBackupVersionsOfDraft: call("listBackupVersionsOfDraft"),
    restoreDraftFromBackup: call("restoreDraftFromBackup"),
    restoreDraftFromVersion: call("restoreDraftFromVersion"),
    exportDocx: call("exportDocx"),
    startBatchExport: call("startBatchExport"),
    batchExportStatus: call("batchExportStatus"),
    cancelBatchExport: call("cancelBatchExport"),
    sealInfo: call("sealInfo"),
    sealImage: call("sealImage"),
    setSealImage: call("setSealImage"),
    clearSealImage: call("clearSealImage"),
    previewImport: call("previewImport"),
    saveImportedDraft: call("saveImportedDraft"),
    peopleStatus: call("peopleStatus"),
    createRoster: call("createRoster"),
    signIn: call("signIn"),
    signOut: call("signOut"),
    changePassword: call("changePassword"),
    addPerson: call("addPerson"),
    setPersonRoles: call("setPersonRoles"),
    revokePerson: call("revokePerson"),
    setSeparationOfDuties: call("setSeparationOfDuties"),
    exportRoster: call("exportRoster"),
    importRoster: call("importRoster"),
    createJoinRequest: call("createJoinRequest"),
    acceptJoinRequest: call("acceptJoinRequest"),
    addContact: call("addContact"),
    draftAnnualSummary: call("draftAnnualSummary"),
    exportPublicationDocx: call("exportPublicationDocx"),
    exportPublicationHtml: call("exportPublicationHtml"),
    exportStatsXlsx: call("exportStatsXlsx"),
    handlingConfig: call("handlingConfig"),
    handlingStats: call("handlingStats"),
    handlingView: call("handlingView"),
    markPublished: call("markPublished"),
    recordSatisfaction: call("recordSatisfaction"),
    removeContact: call("removeContact"),
    reopenDraft: call("reopenDraft"),
    setItemFacts: call("setItemFacts"),
    updateHandlingConfig: call("updateHandlingConfig"),
  };
}

/** The part of Electron's contextBridge used by the preload (structural, so tests pass a fake). */
export interface BridgeExposer {
  exposeInMainWorld(key: string, api: unknown): void;
}

/** The part of Electron's ipcRenderer used by the preload. */
export interface RendererInvoker {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
}

/** What the preload does: exposes the bridge as window.replydesk, calls going through ipcRenderer.invoke. */
export function exposeBridge(contextBridge: BridgeExposer, ipcRenderer: RendererInvoker): void {
  contextBridge.exposeInMainWorld(
    "replydesk",
    buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
  );
}
