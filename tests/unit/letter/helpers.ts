// Shared test data for the letter tests: settings of a sample bureau and a small hand-built draft.
import { blankDraft } from "../../../shared/model/factory";
import type { Draft, Measure } from "../../../shared/model/draft";
import { DEFAULT_SETTINGS, type Settings } from "../../../shared/model/settings";
import type { LetterLayout } from "../../../shared/letter/layout-types";

/** Settings of the 惠济区 bureau used across letter tests. */
export const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  bureau: {
    ...DEFAULT_SETTINGS.bureau,
    fullName: "惠济区科技和工业信息化局",
    shortName: "区科工信局",
    docCode: "惠科工函",
  },
  user: { name: "李华", role: "拟稿人" },
};

/** A measure for tests. */
export function measure(
  id: string,
  style: Measure["style"],
  heading: string,
  text: string,
  children: Measure[] = [],
): Measure {
  return { id, style, heading, text, children };
}

/** A small 提案 draft: two sections with runs and subs, one nested child, two figures. */
export function smallDraft(): Draft {
  const d = blankDraft("t1", "2024-05-01T09:00:00+08:00", "提案");
  return {
    ...d,
    record: {
      ...d.record,
      session: "政协郑州市惠济区第十一届委员会第二次会议",
      proposalNumber: 45,
      proposers: ["何昕"],
      proposalTitle: "关于产业强区的提案",
      category: "B",
    },
    letter: {
      ...d.letter,
      opening: "您提出的《{{var:标题}}》收悉。现答复如下：",
      background: ["近年来，我们高度重视。"],
      sections: [
        {
          id: "s1",
          heading: "开展活动",
          role: "measures",
          paragraphs: [],
          measures: [
            measure("m1", "run", "", "建立机制。"),
            measure("m2", "run", "", "累计收集问题{{fig:f1}}。"),
            measure("m3", "sub", "加大帮扶", "制定意见。", [measure("m4", "sub", "走访企业", "走访{{fig:f2}}。")]),
            measure("m5", "run", "", "开展培训。"),
          ],
        },
        {
          id: "s2",
          heading: "下步工作计划",
          role: "nextSteps",
          paragraphs: ["接下来我们将继续努力。"],
          measures: [measure("m6", "sub", "持续帮扶", "深入推进。")],
        },
      ],
      closing: ["感谢您的关心和支持。"],
      signOff: {
        ...d.letter.signOff,
        date: "2024-05-28",
        contactName: "李华",
        contactPhone: "0371-63000000",
        cc: ["政协提案委员会"],
      },
    },
    figures: [
      { id: "f1", label: "收集问题", value: "633", unit: "个", prefix: "", suffix: "", asOf: null, source: "" },
      { id: "f2", label: "走访企业", value: "150", unit: "家", prefix: "", suffix: "余", asOf: null, source: "" },
    ],
  };
}

/** The text of every paragraph block of a layout, runs joined. */
export function paragraphTexts(layout: LetterLayout): string[] {
  return layout.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.runs.map((r) => r.text).join("")] : []));
}
