// Varied letters for the render tests, generated from the sample: short and long, with and without 附件, 抄送,
// 附注, seal and letterhead. Deterministic (a seeded generator), so a failure can be reproduced.
import type { Draft } from "../../../shared/model/draft";
import { sampleDraft } from "./helpers";

/** One generated case: the draft and how it is exported. */
export interface LetterCase {
  readonly name: string;
  readonly draft: Draft;
  readonly letterhead: boolean;
  readonly sealed: boolean;
}

const CLAUSES = [
  "围绕中小微企业发展持续优化营商环境",
  "落实惠企政策推动产业集聚",
  "组织专题培训班和实地参观学习",
  "累计走访企业一百二十余家",
  "帮助企业解决用工、融资等实际困难",
  "推动科技成果在本地转化落地",
  "建立问题清单和责任清单",
  "定期通报工作进展情况",
];

/** A small linear congruential generator: the same seed gives the same letters. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(rand: () => number, clauses: number): string {
  const parts = Array.from({ length: clauses }, () => CLAUSES[Math.floor(rand() * CLAUSES.length)] ?? "");
  return `${parts.join("，")}。`;
}

function paragraph(rand: () => number): string {
  return Array.from({ length: 1 + Math.floor(rand() * 4) }, () => sentence(rand, 2 + Math.floor(rand() * 3))).join("");
}

interface Shape {
  readonly sections: number;
  readonly measures: number;
  readonly attachments: number;
  readonly cc: boolean;
  readonly note: boolean;
  readonly letterhead: boolean;
  readonly sealed: boolean;
  readonly closing: number;
}

function generate(seed: number, shape: Shape): Draft {
  const rand = rng(seed);
  const base = sampleDraft();
  const sections = Array.from({ length: shape.sections }, (_, si) => ({
    id: `g${si}`,
    heading: `第${si + 1}方面的工作${si % 2 === 0 ? "进展" : "打算"}`,
    role: "measures" as const,
    paragraphs: si % 2 === 0 ? [paragraph(rand)] : [],
    measures: Array.from({ length: shape.measures }, (_, mi) => ({
      id: `g${si}m${mi}`,
      style: (mi % 3 === 2 ? "run" : "sub") as "run" | "sub",
      heading: mi % 3 === 2 ? "" : `措施${mi + 1}落实到位`,
      text: paragraph(rand),
      children: [],
    })),
  }));
  const closings = ["感谢您对我区经济工作的关心和支持，欢迎今后多提宝贵意见。", "专此答复。"].slice(0, shape.closing);
  return {
    ...base,
    id: `gen-${seed}`,
    letter: {
      ...base.letter,
      background: [paragraph(rand)],
      sections,
      closing: closings,
      signOff: {
        ...base.letter.signOff,
        attachments: Array.from({ length: shape.attachments }, (_, i) => `办理情况统计表${i + 1}`),
        cc: shape.cc ? base.letter.signOff.cc : [],
        contactName: shape.note ? "李华" : "",
        contactPhone: shape.note ? "0371-63000000" : "",
      },
    },
  };
}

const SHAPES: readonly Shape[] = [
  { sections: 0, measures: 0, attachments: 0, cc: false, note: false, letterhead: false, sealed: false, closing: 1 },
  { sections: 1, measures: 2, attachments: 1, cc: true, note: true, letterhead: true, sealed: false, closing: 2 },
  { sections: 2, measures: 2, attachments: 0, cc: true, note: true, letterhead: false, sealed: true, closing: 1 },
  { sections: 2, measures: 3, attachments: 3, cc: false, note: true, letterhead: true, sealed: true, closing: 2 },
  { sections: 3, measures: 3, attachments: 0, cc: true, note: false, letterhead: false, sealed: false, closing: 0 },
  { sections: 3, measures: 4, attachments: 2, cc: true, note: true, letterhead: false, sealed: true, closing: 1 },
  { sections: 4, measures: 3, attachments: 1, cc: false, note: false, letterhead: true, sealed: false, closing: 1 },
  { sections: 4, measures: 5, attachments: 0, cc: true, note: true, letterhead: true, sealed: true, closing: 2 },
  { sections: 5, measures: 4, attachments: 2, cc: true, note: true, letterhead: false, sealed: false, closing: 1 },
  { sections: 6, measures: 5, attachments: 0, cc: false, note: true, letterhead: false, sealed: true, closing: 0 },
  { sections: 2, measures: 1, attachments: 0, cc: true, note: true, letterhead: true, sealed: false, closing: 1 },
  { sections: 5, measures: 6, attachments: 4, cc: true, note: true, letterhead: true, sealed: true, closing: 2 },
];

/** Twelve varied letters (seeds 1–12). */
export function generatedLetters(): LetterCase[] {
  return SHAPES.map((shape, i) => ({
    name: `generated-${i + 1}`,
    draft: generate(i + 1, shape),
    letterhead: shape.letterhead,
    sealed: shape.sealed,
  }));
}
