// Cleaning: removes inline pinyin annotations such as 標(biāo)題 left by reading aids (DOMAIN.md R28).
import type { CleanResult } from "../types";
import { ExampleList, makeStep } from "./step";

// A Han character followed by a bracketed lower-case syllable that carries a tone mark or ü.
const PINYIN = /(\p{Script=Han})[(（]([a-zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüê]{1,7})[)）]/gu;
const TONED = /[āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü]/u;

/** Removes `字(zì)` annotations, keeping the character. */
export function removePinyin(text: string): CleanResult {
  let count = 0;
  const examples = new ExampleList();
  const out = text.replace(PINYIN, (whole: string, han: string, syllable: string) => {
    if (!TONED.test(syllable)) return whole;
    count++;
    examples.add(`${whole} → ${han}`);
    return han;
  });
  return { text: out, step: makeStep("pinyin", "删除夹注拼音", count, examples) };
}
