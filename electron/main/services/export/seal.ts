// The red seal: PNG checks, and the floating behind-text picture centred over the 署名 and date.
import { crc32 } from "node:zlib";
import { HorizontalPositionRelativeFrom, ImageRun, TextWrappingType, VerticalPositionRelativeFrom } from "docx";
import { AppError } from "../../../../shared/api/errors";
import { mmToEmu, twipToEmu } from "./page";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Larger images are not seals; Word also refuses absurd sizes. */
const MAX_SIDE_PX = 10_000;
/** Seal size printed: 4.2 cm, common for 地市县 bureaus (DOMAIN.md §2.3). */
export const SEAL_MM = 42;

/** Pixel size of a checked PNG. */
export interface PngInfo {
  readonly width: number;
  readonly height: number;
}

function corrupt(detail: string): AppError {
  return new AppError("BAD_INPUT", `印章图片无法使用（${detail}）：请在设置中重新选择一张完好的 PNG 印章图片。`);
}

function readUint32(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset + at, 4).getUint32(0);
}

/**
 * Checks that `bytes` is a whole PNG: signature, an IHDR with a correct CRC and sane dimensions, and an
 * IEND chunk at the end (a truncated copy has none). Throws a Chinese AppError otherwise.
 */
export function checkPng(bytes: Uint8Array): PngInfo {
  if (bytes.length < 8 + 25 + 12 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) {
    throw corrupt("不是 PNG 文件");
  }
  const ihdrLength = readUint32(bytes, 8);
  const ihdrType = String.fromCharCode(...bytes.subarray(12, 16));
  if (ihdrLength !== 13 || ihdrType !== "IHDR") throw corrupt("缺少图像头");
  const crc = readUint32(bytes, 8 + 8 + 13);
  if (crc32(bytes.subarray(12, 8 + 8 + 13)) !== crc) throw corrupt("图像头校验失败");
  const width = readUint32(bytes, 16);
  const height = readUint32(bytes, 20);
  if (width === 0 || height === 0 || width > MAX_SIDE_PX || height > MAX_SIDE_PX) {
    throw corrupt(`尺寸 ${width}×${height} 不合理`);
  }
  const tail = String.fromCharCode(...bytes.subarray(bytes.length - 8, bytes.length - 4));
  if (tail !== "IEND") throw corrupt("文件不完整");
  return { width, height };
}

/** Where the seal goes, in twips from the left margin and from the top of the 署名 paragraph. */
export interface SealPlacement {
  /** Horizontal centre of the seal, measured from the left edge of the 版心. */
  readonly centreX: number;
  /** Vertical centre of the seal, measured from the top of the paragraph it is anchored in. */
  readonly centreY: number;
}

/**
 * A floating seal picture behind the text, square to the page (no wrap), its longer side SEAL_MM.
 * Offsets and extents are whole EMU.
 */
export function sealImage(png: Uint8Array, info: PngInfo, at: SealPlacement): ImageRun {
  const scale = mmToEmu(SEAL_MM) / Math.max(info.width, info.height);
  const widthEmu = Math.round(info.width * scale);
  const heightEmu = Math.round(info.height * scale);
  return new ImageRun({
    type: "png",
    data: png,
    // docx takes pixels and multiplies by 9525 EMU/px, then rounds: pass EMU / 9525 to keep exact millimetres.
    transformation: { width: widthEmu / 9525, height: heightEmu / 9525 },
    altText: { name: "印章", title: "印章", description: "发文机关印章" },
    floating: {
      horizontalPosition: {
        relative: HorizontalPositionRelativeFrom.MARGIN,
        offset: Math.round(twipToEmu(at.centreX) - widthEmu / 2),
      },
      verticalPosition: {
        relative: VerticalPositionRelativeFrom.PARAGRAPH,
        offset: Math.round(twipToEmu(at.centreY) - heightEmu / 2),
      },
      behindDocument: true,
      allowOverlap: true,
      lockAnchor: true,
      layoutInCell: true,
      wrap: { type: TextWrappingType.NONE },
    },
  });
}
