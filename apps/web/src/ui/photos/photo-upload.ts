import { caseEndpoints as ep } from '@linli/shared';
import { hrefOf, uploadFile } from '../../api/client';

/** At most this many photos per report or action (createCaseRequest: 最多9张照片). */
export const MAX_PHOTOS = 9;

/** Longest edge the server keeps; larger photos are shrunk on the phone before they are sent. */
const MAX_EDGE = 1600;
const SHRINK_ABOVE_BYTES = 1.5 * 1024 * 1024;

/** Where a stored photo is served. */
export function photoUrl(key: string): string {
  // A key is `year/month/name`, the three path parameters of the photo endpoint.
  const [year = '', month = '', name = ''] = key.split('/');
  return hrefOf(ep.photo, { params: { year, month, name } });
}

/**
 * A phone photo (often 4–10 MB) redrawn at most 1600 px as JPEG before upload: the server would
 * shrink it anyway, and the resident's mobile data and wait shrink with it. Anything the browser
 * cannot decode is sent as it is.
 */
export async function shrinkPhoto(file: File): Promise<File> {
  if (file.size < SHRINK_ABOVE_BYTES || typeof createImageBitmap !== 'function' || !/^image\/(jpeg|png|webp)$/.test(file.type)) return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    const context = canvas.getContext('2d');
    if (!context) return file;
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    if (!blob || blob.size >= file.size) return file;
    return new File([blob], file.name.replace(/\.\w+$/, '') + '.jpg', { type: 'image/jpeg' });
  } catch {
    return file;
  }
}

/** Uploads one photo (shrunk first), reporting progress 0–100; resolves to its storage key. */
export async function uploadPhoto(file: File, onProgress: (percent: number) => void): Promise<string> {
  const sent = await shrinkPhoto(file);
  const answer = await uploadFile(hrefOf(ep.uploadPhotos), sent, ep.uploadPhotos.response, onProgress);
  return answer.keys[0];
}
