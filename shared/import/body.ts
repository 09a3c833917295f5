// The letter body: background, sections (一、) with measures （一） 1. （1） and 一是 runs (DOMAIN.md §1.9).
import type { Measure, Section } from "../model/draft";
import { L1, L2, L3, L4, NEXT_STEPS } from "./patterns";
import { splitRuns } from "./runs";
import type { ImportFinding } from "./types";

/** A measure while it is being built (mutable children and text). */
interface DraftMeasure {
  id: string;
  style: "sub" | "run";
  heading: string;
  text: string;
  children: DraftMeasure[];
  level: number;
}

interface DraftSection {
  id: string;
  heading: string;
  paragraphs: string[];
  measures: DraftMeasure[];
}

/** The structured body. */
export interface BodyFacts {
  readonly background: string[];
  readonly sections: Section[];
  readonly findings: ImportFinding[];
}

// Headings printed before their text end at the first 。 (“（一）加大帮扶力度。制定出台…”).
const MAX_INLINE_HEADING = 40;

/** Splits "heading。text" into heading and text; a short line without 。 is all heading. */
export function splitInlineHeading(line: string): { heading: string; text: string } {
  const stop = line.indexOf("。");
  if (stop > 0 && stop <= MAX_INLINE_HEADING) {
    const text = line.slice(stop + 1).trim();
    return { heading: line.slice(0, stop), text };
  }
  if (stop < 0 && line.length <= MAX_INLINE_HEADING + 20) return { heading: line.replace(/[：:]$/u, ""), text: "" };
  return { heading: "", text: line };
}

function freeze(m: DraftMeasure): Measure {
  return { id: m.id, style: m.style, heading: m.heading, text: m.text, children: m.children.map(freeze) };
}

/** Builds sections and measures from the body paragraphs (between the opening and the closing). */
export function readBody(paragraphs: readonly string[]): BodyFacts {
  const background: string[] = [];
  const sections: DraftSection[] = [];
  const findings: ImportFinding[] = [];
  let sectionN = 0;
  let measureN = 0;
  const newMeasure = (style: "sub" | "run", heading: string, text: string, level: number): DraftMeasure => ({
    id: `m${++measureN}`,
    style,
    heading,
    text,
    children: [],
    level,
  });
  // The open sub measure at each level (2, 3, 4) of the current section.
  let open: Partial<Record<number, DraftMeasure>> = {};
  let runStops = 0;

  const current = (): DraftSection | undefined => sections[sections.length - 1];
  const deepestOpen = (): DraftMeasure | undefined => open[4] ?? open[3] ?? open[2];

  // Puts runs (and their lead text) under the deepest open measure, or at the section's top level.
  const placeRuns = (sec: DraftSection, lead: string, items: readonly string[]): void => {
    const parent = deepestOpen();
    const level = parent ? parent.level + 1 : 2;
    if (parent && level > 4) {
      parent.text += parent.text === "" ? lead : `\n${lead}`;
      return;
    }
    if (lead.trim() !== "") {
      if (parent) parent.text += parent.text === "" ? lead : `\n${lead}`;
      else if (sec.measures.length === 0) sec.paragraphs.push(lead);
      else appendLoose(sec, lead);
    }
    const runs = items.map((t) => newMeasure("run", "", t, level));
    if (parent) parent.children.push(...runs);
    else sec.measures.push(...runs);
  };

  const appendLoose = (sec: DraftSection, text: string): void => {
    const target = deepestOpen() ?? sec.measures[sec.measures.length - 1];
    if (!target) {
      sec.paragraphs.push(text);
      return;
    }
    target.text += target.text === "" ? text : `\n${text}`;
    findings.push({
      rule: "import",
      severity: "info",
      message: `段落“${text.slice(0, 12)}…”位于措施之后，已并入上一条措施（另起一行），请核对。`,
    });
  };

  const plain = (text: string): void => {
    const sec = current();
    if (!sec) {
      background.push(text);
      return;
    }
    const split = splitRuns(text, 2);
    if (split) {
      runStops += split.missingStops;
      placeRuns(sec, split.lead, split.items);
      return;
    }
    appendLoose(sec, text);
  };

  for (const p of paragraphs) {
    const m1 = L1.exec(p);
    if (m1) {
      const { heading, text } = splitInlineHeading(m1[2] ?? "");
      sections.push({ id: `s${++sectionN}`, heading: heading || (m1[2] ?? ""), paragraphs: [], measures: [] });
      open = {};
      if (text !== "" && heading !== "") plain(text);
      continue;
    }
    const sec = current();
    const sub = sec ? (L2.exec(p) ?? null) : null;
    const l3 = sec && open[2] ? L3.exec(p) : null;
    const l4 = sec && open[3] ? L4.exec(p) : null;
    const hit = sub ? { m: sub, level: 2 } : l4 ? { m: l4, level: 4 } : l3 ? { m: l3, level: 3 } : null;
    if (sec && hit) {
      const { heading, text } = splitInlineHeading(hit.m[2] ?? "");
      const measure = newMeasure("sub", heading, "", hit.level);
      const parent = hit.level === 2 ? undefined : open[hit.level - 1];
      if (parent) parent.children.push(measure);
      else sec.measures.push(measure);
      open = { ...open, [hit.level]: measure };
      for (let l = hit.level + 1; l <= 4; l++) delete open[l];
      if (text !== "") {
        const split = splitRuns(text, 2);
        if (split) {
          runStops += split.missingStops;
          measure.text = split.lead;
          placeRuns(sec, "", split.items);
        } else measure.text = text;
      }
      continue;
    }
    plain(p);
  }
  if (runStops > 0) {
    findings.push({
      rule: "R15",
      severity: "warning",
      message: `有 ${runStops} 处“X是”前一句没有以“。”或“；”结束，导入时已按序号拆分，请补上标点。`,
    });
  }
  const frozen: Section[] = sections.map((s) => ({
    id: s.id,
    heading: s.heading,
    role: NEXT_STEPS.test(s.heading) ? "nextSteps" : "measures",
    paragraphs: s.paragraphs,
    measures: s.measures.map(freeze),
  }));
  return { background, sections: frozen, findings };
}
