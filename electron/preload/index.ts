// The only file that imports ipcRenderer: exposes window.replydesk, one named function per contract method.
// Sandboxed preload: only Electron's own modules at run time (the contract is imported for types only).
import { contextBridge, ipcRenderer } from "electron";
import { channelOf } from "../../shared/api/channels";
import type { BridgeApi } from "../../shared/api/contract";

const call =
  (name: keyof BridgeApi) =>
  (input: unknown): Promise<never> =>
    ipcRenderer.invoke(channelOf(name), input) as Promise<never>;

const api = {
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
} satisfies BridgeApi;

contextBridge.exposeInMainWorld("replydesk", api);
