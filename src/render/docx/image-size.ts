/**
 * The pixel size of a logo, read from its header, so Word shows it in its own proportions. Only the
 * types a Word document can embed without a converter: PNG, JPEG and GIF.
 */

export type EmbeddableImage = 'png' | 'jpg' | 'gif';

/** The docx image type for a media type, or undefined when Word cannot show it as it is (SVG, WebP). */
export function embeddableType(mediaType: string): EmbeddableImage | undefined {
  return ({ 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' } as const)[mediaType];
}

/** Width and height in pixels, or undefined when the header cannot be read. */
export function readImageSize(
  bytes: Uint8Array,
  type: EmbeddableImage,
): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fits = (end: number) => end <= bytes.byteLength;
  if (type === 'png' && fits(24)) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (type === 'gif' && fits(10)) return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (type === 'jpg') return readJpegSize(view);
  return undefined;
}

/** JPEG keeps its size in the first start-of-frame segment (SOF0-SOF15 but DHT, JPG and DAC). */
function readJpegSize(view: DataView): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 9 <= view.byteLength) {
    if (view.getUint8(at) !== 0xff) return undefined;
    const marker = view.getUint8(at + 1);
    const length = view.getUint16(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    at += 2 + length;
  }
  return undefined;
}
