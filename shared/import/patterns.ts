// Text patterns of the reply letter (DOMAIN.md §1) used by the importer, after cleaning (full-width marks).

/** Chinese ordinal digits used in 一、 （一） and 一是. */
export const CN_DIGITS = "一二三四五六七八九十";

/** Level-1 heading: 一、… */
export const L1 = /^([一二三四五六七八九十]{1,3})、\s*(.*)$/u;
/** Level-2 heading: （一）… */
export const L2 = /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*(.*)$/u;
/** Level-3 heading: 1. / 1． / 1、 (not a decimal such as 1.45). */
export const L3 = /^(\d{1,2})(?:[.．](?!\d)|、)\s*(.*)$/u;
/** Level-4 heading: （1）… */
export const L4 = /^[（(](\d{1,2})[）)]\s*(.*)$/u;

/** The opening's anchors: 收悉 / 现(将…)答复如下 / 如下答复. */
export const OPENING_ANCHOR =
  /收悉|答复如下|回复如下|如下答复|现答复|现将.{0,40}答复|如下(?:会办|协办)意见|(?:会办|协办)意见如下/u;
/** Any reply anchor at all (R27). */
export const REPLY_ANCHOR = /答复|复函|收悉|办理情况/u;

/** Letter title endings (主办 and 会办 forms, DOMAIN.md §1.6). */
export const TITLE_END =
  /(?:的答复|答复函|的复函|答复的函|的回复|回复函|复函|会办意见|协办意见|答复意见|办理情况的答复|办理情况的报告)$/u;

/** A salutation with a role word or 尊敬的: names, 等N名, role, colon, and possibly text after it. */
export const SALUTATION =
  /^(尊敬的)?([\p{Script=Han}·、xX×＊*]{2,40}?)(?:等\s*(\d+|[一二三四五六七八九十]+)?\s*名?)?\s*(委员|代表|同志)?[：:]\s*(.*)$/u;

/** A bare name line (seed 004: 张华): up to a few names of 2–4 characters, maybe with a role. */
export const BARE_NAMES =
  /^(尊敬的)?((?:[\p{Script=Han}·xX×＊*]{2,4}、)*[\p{Script=Han}·xX×＊*]{2,4})\s*(委员|代表|同志)?[：:]?$/u;

/** Closing sentences (DOMAIN.md §1.11). */
export const CLOSING =
  /感谢|谢谢|此复|专此|特此|函复|批评指正|宝贵意见|征询意见表|意见表|回执|此致|敬礼|如有不妥|不当之处/u;

/** A 下一步 section heading (R20). */
export const NEXT_STEPS = /下一步|下步|今后|下阶段|工作计划|工作打算|努力方向|工作思路/u;

/** Words that end an organisation name (署名, 主送 organisations). */
export const ORG_END =
  /(?:局|委|办|院|厅|部|处|室|会|所|站|队|馆|校|中心|政府|公司|集团|银行|管委会|委员会|办公室|支部|总会|协会|联合会)$/u;

/** 发文字号 as printed: 代字〔年〕序号号. */
export const DOC_NUMBER = /[\p{Script=Han}]{1,12}[〔[【(（﹝]\d{4}[〕\]】)）﹞]\s*\d{1,5}\s*号/u;
