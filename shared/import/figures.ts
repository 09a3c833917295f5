// Figures (number + unit) lifted out of the text into the figures table, leaving {{fig:ID}} tokens (§1.10).
import type { Figure } from "../model/draft";

// Longer units first so 万平方米 wins over 万, 人次 over 人, 亿元 over 亿.
const UNITS = [
  "万平方米",
  "平方公里",
  "平方千米",
  "平方米",
  "万亩",
  "亩",
  "亿元",
  "万元",
  "元",
  "亿",
  "万",
  "%",
  "家",
  "个",
  "名",
  "人次",
  "人",
  "项",
  "次",
  "份",
  "只",
  "件",
  "户",
  "所",
  "位",
  "批",
  "吨",
  "公里",
  "千米",
  "公顷",
  "km",
  "米",
  "台",
  "套",
  "辆",
  "座",
  "条",
  "篇",
  "笔",
  "处",
  "册",
  "本",
  "株",
  "棵",
  "间",
  "张",
  "场",
  "盏",
  "眼",
  "口",
  "块",
  "畝",
];
const FIGURE = new RegExp(
  `(?<![\\d.第〔{:])(近|约)?(\\d+(?:\\.\\d+)?)(余|多)?(${UNITS.join("|")})(?![月年号届]|次会议)`,
  "gu",
);
const LABEL_BREAK = /[，。；：、（）“”《》！？\n]/u;

function labelBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 16 && !LABEL_BREAK.test(text[from - 1] ?? "")) from--;
  return text
    .slice(from, at)
    .replace(/\{\{[^}]*\}\}/gu, "")
    .trim();
}

/** Collects figures across several texts, numbering them f1, f2… in reading order. */
export class FigureCollector {
  readonly figures: Figure[] = [];

  /** Replaces every figure in a text by a {{fig:ID}} token and records it. */
  lift(text: string): string {
    return text.replace(
      FIGURE,
      (
        whole: string,
        prefix: string | undefined,
        value: string,
        suffix: string | undefined,
        unit: string,
        offset: number,
      ) => {
        // Parts of a token (already lifted) or of an identifier are left alone.
        if (/\{\{[^}]*$/u.test(text.slice(0, offset))) return whole;
        const id = `f${this.figures.length + 1}`;
        this.figures.push({
          id,
          label: labelBefore(text, offset) || unit,
          value,
          unit,
          prefix: prefix ?? "",
          suffix: suffix ?? "",
          asOf: null,
          source: "导入",
        });
        return `{{fig:${id}}}`;
      },
    );
  }
}
