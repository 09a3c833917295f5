// R27 non-letter input and unfilled template placeholders; R28 traditional script and pinyin artefacts.
import { isBodyField } from "../text-view";
import type { Finding, LintContext, LintRule } from "../types";
import { editsIn, fieldFinding, finding } from "../util";

// Template placeholders (【请填写…】) and unresolved variables (【未填写：编号】); 【2024】 is a bracket error (R07).
const PLACEHOLDER = /【(?!\d{4}】)[^【】\n]{1,60}】/g;

function checkR27(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const f of ctx.view.fields) {
    for (const m of f.text.matchAll(PLACEHOLDER)) {
      out.push(
        fieldFinding(
          {
            rule: "R27",
            severity: "error",
            message: /未填写|未知变量/.test(m[0])
              ? `“${m[0]}”：引用的登记信息为空或不存在，请在登记信息中填写，或改为直接书写。`
              : `模板占位内容“${m[0]}”尚未填写，请替换为实际内容或删除。`,
          },
          f,
          m.index,
          m.index + m[0].length,
        ),
      );
    }
  }
  if (ctx.imported) {
    const salutation = ctx.view.byPath.get("salutation")?.text.trim() ?? "";
    const text = ctx.view.fields.map((f) => f.text).join("\n");
    const anchor = /答复如下|如下答复|收悉|函告如下/.test(text);
    const number = ctx.draft.record.proposalNumber !== null || /第\d+号(提案|建议)/.test(text);
    if (salutation === "" && !anchor && !number)
      out.push(
        finding({
          rule: "R27",
          severity: "error",
          message:
            "这份文件看起来不是答复函：没有称呼、没有“答复如下”等答复用语，也没有提案（建议）号。请确认导入的文件。",
          location: null,
        }),
      );
  }
  return out;
}

/** R27: the input is a reply letter, and no template placeholder or unresolved variable is left. */
export const R27: LintRule = {
  id: "R27",
  severity: "error",
  describe: "输入是答复函；模板占位内容已全部填写",
  check: checkR27,
};

// Characters that exist only in traditional script (each has a different simplified form).
const TRADITIONAL = new Set(
  Array.from(
    "們這個來為國會關於發與業區權辦現實當對經濟產據應說開時長問題動點學體將專總單處選擇書記員號議讓際傳統過還進運達連邊遠適導層屬構標準機歷驗檢測認證識請謝讀課調論設計資訊費貨購貿買賣質財責賀給組織紙細終結網絡線緊編績維縣繼續義務習慣價優勢廣場環規劃興創範圍園龍門間閉陽陰陸隊隨險電靈須頭顯顧額風飛館馬髮鬥魚鳥麥黃黨齊萬東絲兩嚴豐臨麗舉樂鄉亂爭虧亞畝親億僅從倉儀眾傷偽餘裡聽氣車軍農劉壓廳廠雙蘇葉幣幫慶戰擔攜擴協築衛視訂討許評試詢該詳誠語誤誰談諸諾謀謂講護變貝負貢貧販貪貫貯貴貼賈賓賞賠賢賤賴賽贈趕趙跡踐躍軌軟較載輔輕輛輝輸轄轉辭遺遼鄧鄭醫釋針鈴鉛銀銅鋼錄錢錯鍵鎮閃閒閱闆階陳隱雖雞離難雲靜韓響頁頂項順預領頻顏養騰驚鬧魯鳳鴻麼齡",
  ),
);
const PINYIN = /(?<=\p{Script=Han})[(（][a-zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü]+[)）]/gu;

function checkR28(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  let traditional = 0;
  let firstTrad: { path: string; at: number } | null = null;
  for (const f of ctx.view.fields) {
    const chars = Array.from(f.text);
    let offset = 0;
    for (const ch of chars) {
      if (TRADITIONAL.has(ch)) {
        traditional++;
        if (!firstTrad) firstTrad = { path: f.path, at: offset };
      }
      offset += ch.length;
    }
    if (!isBodyField(f) && f.kind !== "title" && f.kind !== "salutation") continue;
    const hits = [...f.text.matchAll(PINYIN)];
    const first = hits[0];
    const last = hits[hits.length - 1];
    if (first && last)
      out.push(
        finding({
          rule: "R28",
          severity: "hint",
          message: `文中有${hits.length}处拼音残留（如“${first[0]}”），多为网页转存的痕迹，可一键删除。`,
          location: { path: f.path, start: first.index, end: last.index + last[0].length },
          fix: {
            label: "删除拼音残留",
            edits: editsIn(
              f,
              hits.map((h) => ({ start: h.index, end: h.index + h[0].length, replacement: "" })),
            ),
          },
        }),
      );
  }
  if (traditional >= 3 && firstTrad)
    out.push(
      finding({
        rule: "R28",
        severity: "hint",
        message: `文中有${traditional}个繁体字，答复函应使用简体字。请用“导入”时的“转为简体”功能转换后再校对。`,
        location: { path: firstTrad.path, start: firstTrad.at, end: firstTrad.at + 1 },
      }),
    );
  return out;
}

/** R28: traditional script or pinyin artefacts from web copies (cleaning hints). */
export const R28: LintRule = {
  id: "R28",
  severity: "hint",
  describe: "繁体字和拼音残留：提示转为简体、清除网页痕迹",
  check: checkR28,
};
