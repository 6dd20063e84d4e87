import type { Element } from 'hast';
import QRCode from 'qrcode';

/**
 * A QR code as an inline SVG element: one path of dark modules with a quiet zone, drawn from
 * qrcode's module matrix (its synchronous `create`), so it needs no canvas, no file and no script
 * and prints crisply at any size. The same text always gives the same element.
 */
export function qrCodeSvg(text: string, label: string): Element {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const size = modules.size + quiet * 2;
  let d = '';
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++)
      if (modules.data[y * modules.size + x]) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  }
  return {
    type: 'element',
    tagName: 'svg',
    properties: {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${size} ${size}`,
      role: 'img',
      ariaLabel: label,
      className: ['qr-code'],
      shapeRendering: 'crispEdges',
    },
    children: [
      {
        type: 'element',
        tagName: 'rect',
        properties: { width: size, height: size, fill: '#fff' },
        children: [],
      },
      { type: 'element', tagName: 'path', properties: { d, fill: '#000' }, children: [] },
    ],
  };
}

/** "playbook.example.org/modes/understaffing/": the address as a person types it. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '');
}
