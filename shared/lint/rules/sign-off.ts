// R09 署名, R22 附注 (contact note), R23 抄送 (DOMAIN.md §1.12–1.14).
import { isReferenceDraft } from "../../model/draft";
import type { Finding, LintContext, LintRule } from "../types";
import { fieldFinding, finding } from "../util";
import { printedBlankFindings } from "./printed-blank";

/** The 署名 the letter prints: the draft's own, else the bureau's full name (an imported letter has none by default). */
function signingUnit(ctx: LintContext): string {
  const own = ctx.view.byPath.get("signOff.unit")?.text.trim() ?? "";
  if (own !== "") return own;
  return ctx.imported ? "" : ctx.settings.bureau.fullName.trim();
}

function checkR09(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const unit = signingUnit(ctx);
  const { fullName, shortName, docCode } = ctx.settings.bureau;
  if (unit === "") {
    if (isReferenceDraft(ctx.draft) && !ctx.imported) return out;
    out.push(
      finding({
        rule: "R09",
        severity: "error",
        message: ctx.imported
          ? "正文后没有署名（单位全称）。请在成文日期上方写明承办单位全称。"
          : "没有署名：请在“设置”中填写单位全称，或在落款中填写署名。",
        location: { path: "signOff.unit", start: 0, end: 0 },
      }),
    );
    return [...out, ...printedBlankFindings(ctx)];
  }
  out.push(...printedBlankFindings(ctx));
  // An imported letter keeps its own 署名 (another bureau's, or an earlier one): never offer to re-sign it.
  if (ctx.imported || isReferenceDraft(ctx.draft)) return out;
  const names = [fullName.trim(), shortName.trim()].filter(Boolean);
  if (names.length > 0 && !names.includes(unit)) {
    const field = ctx.view.byPath.get("signOff.unit");
    const msg = `署名“${unit}”与设置中的单位名称“${names.join("”或“")}”不一致；答复函不得以内设机构或下属单位名义署名。`;
    out.push(
      field
        ? fieldFinding({ rule: "R09", severity: "error", message: msg }, field, 0, field.text.length, {
            label: `改为“${fullName}”`,
            replacement: fullName,
          })
        : finding({
            rule: "R09",
            severity: "error",
            message: msg,
            location: { path: "signOff.unit", start: 0, end: 0 },
          }),
    );
  }
  const doc = ctx.draft.record.docNumber?.trim() ?? "";
  if (doc !== "" && docCode.trim() !== "" && !doc.startsWith(docCode.trim())) {
    out.push(
      finding({
        rule: "R09",
        severity: "warning",
        message: `发文字号“${doc}”的代字与本单位代字“${docCode}”不一致，请核对。`,
        location: { path: "record.docNumber", start: 0, end: doc.length },
      }),
    );
  }
  return out;
}

/** R09: the letter is signed with the bureau's full or short name, and the 字号 代字 is the bureau's. */
export const R09: LintRule = {
  id: "R09",
  severity: "error",
  describe: "署名：成文日期上方写承办单位全称（或规范简称），与发文字号代字一致",
  check: checkR09,
};

const CONTACT_TEXT = /联系人[：:].+?(联系)?电话[：:]/;

function checkR22(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const so = ctx.draft.letter.signOff;
  const inNotes = ctx.view.fields.some((f) => f.kind === "note" && CONTACT_TEXT.test(f.text));
  const hasContact = (so.contactName.trim() !== "" && so.contactPhone.trim() !== "") || inNotes;
  if (!hasContact && ctx.draft.record.handling === "主办") {
    out.push(
      finding({
        rule: "R22",
        severity: "warning",
        message:
          so.contactName.trim() === "" && so.contactPhone.trim() === ""
            ? "缺少联系人和联系电话附注，请在落款中填写，导出时印在成文日期下一行，如“（联系人：李某，联系电话：1234567）”。"
            : "附注中的联系人或联系电话不完整，请补全。",
        location: {
          path: so.contactName.trim() === "" ? "signOff.contactName" : "signOff.contactPhone",
          start: 0,
          end: 0,
        },
      }),
    );
  }
  for (const f of ctx.view.fields) {
    if (f.kind !== "closing") continue;
    const m = /联系人[：:]/.exec(f.text);
    if (m)
      out.push(
        fieldFinding(
          {
            rule: "R22",
            severity: "warning",
            message: "联系人附注写在了署名上方。附注应在成文日期下一行、加圆括号，请移到落款的“联系人/联系电话”中。",
          },
          f,
          m.index,
          f.text.length,
        ),
      );
  }
  return out;
}

/** R22: a contact 附注 exists and sits after the date, not above the 署名. */
export const R22: LintRule = {
  id: "R22",
  severity: "warning",
  describe: "附注：有联系人和联系电话，位于成文日期之后",
  check: checkR22,
};

function checkR23(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const { channel } = ctx.draft.record;
  const cc = ctx.view.fields.filter((f) => f.kind === "cc" && f.text.trim() !== "");
  for (const f of cc) {
    const lead = /^\s*(抄\s*[报送]\s*[：:]?)/.exec(f.text);
    if (lead?.[1]) {
      out.push(
        fieldFinding(
          {
            rule: "R23",
            severity: "warning",
            message: `抄送机关名称前不必写“${lead[1]}”（导出时自动加“抄送：”）${lead[1].includes("报") ? "；答复函用“抄送”，不用“抄报”" : ""}。`,
          },
          f,
          lead.index,
          lead.index + lead[0].length,
          { label: "删去", replacement: "" },
        ),
      );
    }
    const p = /[，,、；;。.]/.exec(f.text);
    if (p)
      out.push(
        fieldFinding(
          {
            rule: "R23",
            severity: "warning",
            message: "每个抄送机关单独一项，不要在一项中用标点分隔多个机关或加句号（导出时自动加“，”和“。”）。",
          },
          f,
          p.index,
          p.index + 1,
        ),
      );
    const wrong = channel === "建议" ? /政协|提案委/.exec(f.text) : /人大|选联|代表工委|人事代表/.exec(f.text);
    if (wrong)
      out.push(
        fieldFinding(
          {
            rule: "R23",
            severity: "warning",
            message:
              channel === "建议"
                ? "建议的答复应抄送人大常委会选联工委（代表工委），不是政协提案委员会。"
                : "提案的答复应抄送政协提案委员会，不是人大常委会的工作机构。",
          },
          f,
          wrong.index,
          wrong.index + wrong[0].length,
        ),
      );
  }
  if (cc.length === 0 && ctx.draft.record.handling === "主办" && !ctx.imported) {
    out.push(
      finding({
        rule: "R23",
        severity: "warning",
        message: `没有抄送机关。答复${channel}一般抄送${channel === "建议" ? "人大常委会选联工委和政府督查室" : "政协提案委员会和政府督查室"}。`,
        location: { path: "signOff.cc", start: 0, end: 0 },
      }),
    );
  }
  return out;
}

/** R23: 抄送 organs are listed one by one (not 抄报) and match the channel's follow-up organ. */
export const R23: LintRule = {
  id: "R23",
  severity: "warning",
  describe: "抄送：逐项列出机关，用“抄送”不用“抄报”，机关与渠道相符",
  check: checkR23,
};
