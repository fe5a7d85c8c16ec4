import { AppError } from '../errors';
import { newId } from '../ids';
import type { FileStorage } from './file-storage';

/** Longest edge of a stored photo: enough to see a broken lamp, small enough for a phone upload. */
const MAX_EDGE = 1600;

/**
 * Resizes an uploaded image (JPEG/PNG/WebP/HEIF that sharp reads), strips its metadata (GPS and
 * camera data are personal information), stores it as JPEG and returns the storage key.
 */
export async function storePhoto(storage: FileStorage, data: Buffer, now = new Date()): Promise<string> {
  // Loaded on the first photo, not at start: sharp and libvips hold ≈ 20 MB the server does not need
  // until someone uploads one (ADR 0004, "Memory").
  const { default: sharp } = await import('sharp');
  let jpeg: Buffer;
  try {
    jpeg = await sharp(data, { failOn: 'error' })
      .rotate()
      .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer();
  } catch {
    throw new AppError('VALIDATION_FAILED', '图片无法识别，请上传 JPG 或 PNG 照片', 'photos');
  }
  const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${newId()}.jpg`;
  await storage.put(key, jpeg);
  return key;
}
