import PDFDocument from 'pdfkit';
import { loadPdfFont } from './pdf-font';

/** One A4 document being written: the pdfkit document, set in the CJK font, and its finished bytes. */
export interface PdfPage {
  doc: PDFKit.PDFDocument;
  done: Promise<Buffer>;
}

/** Millimetres to PDF points. */
export const mm = (v: number) => (v * 72) / 25.4;

/**
 * Opens an A4 document with 25 mm margins set in the CJK font (a collection's face chosen by its
 * PostScript name). No standard font is loaded: they carry no Chinese glyphs, and in the bundled
 * server their metric files are not where pdfkit looks for them.
 */
export function openA4(title: string): PdfPage {
  const font = loadPdfFont();
  const doc = new PDFDocument({ size: 'A4', margin: mm(25), font: null as unknown as string, info: { Title: title, Producer: '邻里', Creator: '邻里' } });
  doc.registerFont('cjk', font.data, font.face as string);
  doc.font('cjk');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** A centred heading. */
export function heading(doc: PDFKit.PDFDocument, text: string, size = 20): void {
  doc.fontSize(size).text(text, { align: 'center', characterSpacing: 4 });
  doc.moveDown(0.6);
}

/** A labelled paragraph: 【label】 then the text, wrapped. */
export function section(doc: PDFKit.PDFDocument, label: string, text: string): void {
  doc.fontSize(12).text(label, { continued: false });
  doc.fontSize(11).text(text || '（无）', { indent: 22, lineGap: 4, align: 'justify' });
  doc.moveDown(0.6);
}

/** `label：value` on one line. */
export function field(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc.fontSize(11).text(`${label}：${value}`, { lineGap: 4 });
}
