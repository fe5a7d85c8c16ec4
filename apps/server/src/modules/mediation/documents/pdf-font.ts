import { existsSync, readFileSync } from 'node:fs';
import { AppError } from '../../../platform/errors';

/** The CJK font documents are set in when LINLI_PDF_FONT is unset (Debian/Ubuntu `fonts-noto-cjk`). */
export const DEFAULT_PDF_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/** The face of a font collection (.ttc) to use, by PostScript name: Simplified Chinese. */
export const SC_FACE = 'NotoSansCJKsc-Regular';

/** The font to set documents in: its bytes and, for a collection, the face's PostScript name. */
export interface PdfFont {
  path: string;
  data: Buffer;
  face: string | undefined;
}

let cached: PdfFont | undefined;

/**
 * Loads the document font once (LINLI_PDF_FONT, else {@link DEFAULT_PDF_FONT}; LINLI_PDF_FONT_FACE picks
 * another face of a collection). A missing file is a clear 503 naming the path and the setting, not a
 * PDF of empty boxes: Chinese text needs a CJK font, and the standard PDF fonts have none.
 */
export function loadPdfFont(env: NodeJS.ProcessEnv = process.env): PdfFont {
  const path = env.LINLI_PDF_FONT || DEFAULT_PDF_FONT;
  const face = path.toLowerCase().endsWith('.ttc') ? env.LINLI_PDF_FONT_FACE || SC_FACE : undefined;
  // The bytes (about 19 MB for Noto CJK) are read on the first document only, not for every PDF.
  if (cached?.path === path) return cached.face === face ? cached : (cached = { ...cached, face });
  if (!existsSync(path))
    throw new AppError('UNAVAILABLE', `找不到打印文书所需的中文字体：${path}。请安装 Noto Sans CJK（fonts-noto-cjk），或用 LINLI_PDF_FONT 指定字体文件`);
  cached = { path, data: readFileSync(path), face };
  return cached;
}
