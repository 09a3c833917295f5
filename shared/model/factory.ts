// Building blank drafts; templates (shared/letter/templates) fill them with standard wording.
import { DRAFT_SCHEMA_VERSION, type Channel, type Draft } from "./draft";

/** A draft with an empty record and letter, ready for a template or an importer to fill. */
export function blankDraft(id: string, now: string, channel: Channel): Draft {
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    id,
    revision: 0,
    createdAt: now,
    updatedAt: now,
    status: "草稿",
    templateId: null,
    record: {
      channel,
      handling: "主办",
      session: "",
      proposalNumber: null,
      proposers: [],
      proposerOrg: null,
      proposalTitle: "",
      leadUnit: "",
      coUnits: [],
      assignedDate: null,
      dueDate: null,
      extensionApproved: false,
      category: null,
      disclosure: null,
      docNumber: null,
      signer: null,
      signDate: null,
      secrecy: "无",
    },
    letter: {
      title: null,
      salutation: null,
      opening: "",
      background: [],
      sections: [],
      closing: [],
      signOff: { unit: null, date: null, contactName: "", contactPhone: "", notes: [], cc: [], attachments: [] },
    },
    figures: [],
  };
}
