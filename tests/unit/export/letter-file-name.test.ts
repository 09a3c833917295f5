// The offered file name: the letter's title without the bureau's own name in front, and safe on every system.
import { describe, expect, it } from "vitest";
import { letterFileName } from "../../../electron/main/handlers/letter-file-name";

const bureau = { fullName: "惠济区科技和工业信息化局", shortName: "区科工信局" };

describe("letterFileName", () => {
  it("drops the bureau's full or short name before 关于", () => {
    expect(
      letterFileName("惠济区科技和工业信息化局关于政协惠济区第十一届委员会第二次会议第74号提案的答复", bureau),
    ).toBe("关于政协惠济区第十一届委员会第二次会议第74号提案的答复.docx");
    expect(letterFileName("区科工信局关于第3号建议的答复", bureau)).toBe("关于第3号建议的答复.docx");
  });

  it("keeps titles that do not start with the bureau's name followed by 关于", () => {
    expect(letterFileName("关于第45号提案的答复", bureau)).toBe("关于第45号提案的答复.docx");
    expect(letterFileName("惠济区科技和工业信息化局答复函", bureau)).toBe("惠济区科技和工业信息化局答复函.docx");
    expect(letterFileName("某局关于第1号提案的答复", { fullName: "", shortName: "" })).toBe(
      "某局关于第1号提案的答复.docx",
    );
  });

  it("still makes the name safe", () => {
    expect(letterFileName("区科工信局关于“a/b”:第1号提案的答复", bureau)).toBe("关于“a_b”_第1号提案的答复.docx");
  });
});
