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
];

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
  });
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = (lines[i] ?? "").trim();
    if (t === "" || !keep[i]) continue;
    if (!TRAILING.some((re) => re.test(t))) break;
    drop(i);
  }
  const out = lines.filter((_, i) => keep[i]).join("\n");
  return { text: out, step: makeStep("web-residue", "删除网页残留（导航、扫一扫、页脚、网址）", count, examples) };
}
