import fs from 'node:fs/promises';
import path from 'node:path';

/** The finished workbook of export `id`. */
export function exportFilePath(dir: string, id: string): string {
  return path.join(dir, `${id}.xlsx`);
}

/** The workbook of export `id` while it is written: renamed to {@link exportFilePath} only once complete. */
export function partFilePath(dir: string, id: string): string {
  return path.join(dir, `${id}.xlsx.part`);
}

/** Creates the exports directory private to the server's user (0700), tightening one that exists. */
export async function ensureExportDir(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  await fs.chmod(dir, 0o700);
}

/** Removes both files of export `id`, whichever exist. */
export async function removeExportFiles(dir: string, id: string): Promise<void> {
  await fs.rm(exportFilePath(dir, id), { force: true });
  await fs.rm(partFilePath(dir, id), { force: true });
}
