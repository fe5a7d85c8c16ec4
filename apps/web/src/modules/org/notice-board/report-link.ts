import { toString as qrSvg } from 'qrcode';

/** The absolute link a notice board's QR code holds: the card's `reportPath` (report page, building chosen) on this site. */
export function reportLinkOf(origin: string, reportPath: string): string {
  return new URL(reportPath, origin).href;
}

/** The QR code of `text` as an SVG data URL: vector, so it prints sharp at any size and needs no canvas. */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await qrSvg(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
