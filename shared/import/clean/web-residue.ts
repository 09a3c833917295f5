// Cleaning: removes web-page residue around published letters (breadcrumbs, 扫一扫, footers, URLs).
import type { CleanResult } from "../types";
import { ExampleList, makeStep } from "./step";

// Lines that are residue wherever they appear.
const ALWAYS: readonly RegExp[] = [
  /^(?:您(?:当前|现在)?的?(?:位置|所在位置)|当前位置|所在位置)[：:].*$/u,
  /^首页\s*[>＞»/]\s*.*$/u,
  /^.{0,12}扫一扫.{0,12}$/u,
  /^(?:【\s*)?(?:打印本页|打印此页|关闭窗口|关闭本页|返回顶部|返回主站|返回首页|收藏本页|分享到[：:]?.*|字号[：:].*|【?[大中小]】?\s*【?[大中小]】?\s*【?[大中小]】?)(?:\s*】)?$/u,
  /^(?:https?:\/\/|www\.)\S+$/iu,
  /^.{0,40}(?:版权所有|ICP备|ICP证|网站标识码|公网安备|主办单位[：:].*承办|技术支持[：:]|网站地图|联系我们\s*\|).{0,60}$/u,
  /^(?:浏览次数|访问量|阅读次数|点击数)[：:]?\s*\d*.*$/u,
  // Publication lines: 发布时间/发布日期/更新时间 with a date, 来源/作者/责任编辑 labels, no sentence in them.
  /^[^。]{0,60}(?:发布时间|发布日期|更新时间|发表时间|责任编辑|文章来源|体裁分类|主题分类)\s*[：:][^。]{0,80}$/u,
  /^(?:时间|日期)\s*[：:]\s*\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)[^。]{0,60}$/u,
  /^(?:作者|来源|信息来源)\s*[：:][^。]{0,40}(?:发布时间|发布日期|时间)\s*[：:].*$/u,
  // Page-tag lines: a bullet followed by a short comma-separated tag list.
  /^[•·●▪■◆]\s*[^。]{0,40}$/u,
  // Column headings of a site's letter list, standing alone on a line.
  /^(?:人大代表|代表|政协委员)?(?:建议|提案|建议提案|提案建议)(?:答复|办理|答复函|办理结果|办理情况公开)$/u,
];

// A 来源 label glued to the end of a date line: 2025年3月12日来源：某管委会.
const GLUED_SOURCE = /(\d{1,2}日)\s*(?:来源|信息来源|发布机构)\s*[：:].{0,40}$/u;

// Site navigation that is residue only in the trailing block of the page.
const TRAILING: readonly RegExp[] = [
  /^[\p{Script=Han}（）()]{0,10}网站$/u,
  /^(?:部门街镇|政务新媒体|智能问答|网站导航|相关链接|友情链接|上一篇.*|下一篇.*|相关文章|无障碍|长者模式|English)$/u,
  /^(?:主办单位|承办单位|主办|承办)[：:].{0,40}$/u,
];

/** Drops residue lines: always-residue anywhere, navigation lines only in the trailing run of the page. */
export function removeWebResidue(text: string): CleanResult {
  const lines = text.split("\n");
  const keep = lines.map(() => true);
  const examples = new ExampleList();
  let count = 0;
  const drop = (i: number): void => {
    keep[i] = false;
    count++;
    examples.add(`删除：${(lines[i] ?? "").trim()}`);
  };
  lines.forEach((line, i) => {
    const t = line.trim();
    if (t !== "" && ALWAYS.some((re) => re.test(t))) drop(i);
    else {
      const glued = GLUED_SOURCE.exec(t);
      if (!glued) return;
      lines[i] = t.replace(GLUED_SOURCE, "$1");
      count++;
      examples.add(`删除：${glued[0].slice((glued[1] ?? "").length)}`);
    }
  });
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = (lines[i] ?? "").trim();
    if (t === "" || !keep[i]) continue;
    if (!TRAILING.some((re) => re.test(t))) break;
    drop(i);
  }
  const out = lines.filter((_, i) => keep[i]).join("\n");
  return {
    text: out,
    step: makeStep("web-residue", "删除网页残留（导航、发布信息、标签、页脚、网址）", count, examples),
  };
}
