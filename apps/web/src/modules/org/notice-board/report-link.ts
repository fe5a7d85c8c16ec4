import { toString as qrSvg } from 'qrcode';

/** The H5 report page with the building already chosen: what a notice board's QR code opens. */
export function reportLinkOf(origin: string, buildingId: string): string {
  return `${origin}/h5/report?building=${encodeURIComponent(buildingId)}`;
}

/** The QR code of `text` as an SVG data URL: vector, so it prints sharp at any size and needs no canvas. */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await qrSvg(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
