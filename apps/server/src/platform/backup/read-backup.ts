import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip } from 'node:zlib';
import { OperatorError } from '../operator-error';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupControl, type BackupHeader } from './backup-format';

/** What a reader is told, in file order. */
export interface BackupVisitor {
  header(header: BackupHeader): Promise<void>;
  /** Rows of one table, a batch at a time, each row a JSON object's text. */
  rows(table: string, rows: string[]): Promise<void>;
  sequence(name: string, lastValue: number): Promise<void>;
  file(key: string, data: Buffer): Promise<void>;
}

/** A file that is not a Linli backup, or one cut short: said to the operator without a stack trace. */
export class BadBackupError extends OperatorError {}

/** Rows handed over at a time (and at most this many characters of them). */
const BATCH_ROWS = 1000;
const BATCH_CHARS = 4_000_000;

/** Reads a backup file line by line (never whole into memory) and checks it is complete. */
export async function readBackup(file: string, visit: BackupVisitor): Promise<BackupHeader> {
  const input = fs.createReadStream(file).pipe(createGunzip());
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let header: BackupHeader | undefined;
  let table: string | undefined;
  let batch: string[] = [];
  let batchChars = 0;
  let done = false;
  const flush = async () => {
    if (table && batch.length > 0) await visit.rows(table, batch);
    batch = [];
    batchChars = 0;
  };
  try {
    for await (const line of lines) {
      if (!header) {
        header = parseHeader(line, file);
        await visit.header(header);
        continue;
      }
      if (line.startsWith('{')) {
        if (!table) throw new BadBackupError(`备份文件 ${file} 已损坏（行不属于任何表）/ backup file is damaged (row outside a table)`);
        batch.push(line);
        batchChars += line.length;
        if (batch.length >= BATCH_ROWS || batchChars >= BATCH_CHARS) await flush();
        continue;
      }
      const control = JSON.parse(line) as BackupControl;
      if (control[0] === 'table') table = control[1];
      else if (control[0] === 'end') {
        await flush();
        table = undefined;
      } else if (control[0] === 'sequence') await visit.sequence(control[1], control[2]);
      else if (control[0] === 'file') await visit.file(control[1], Buffer.from(control[2], 'base64'));
      else if (control[0] === 'done') done = true;
    }
  } catch (err) {
    if (err instanceof Error && 'code' in err && String(err.code).startsWith('Z_')) {
      throw new BadBackupError(`${file} 不是完整的邻里备份文件（${err.message}）/ not a whole Linli backup file`);
    }
    throw err;
  }
  if (!header || !done) throw new BadBackupError(`备份文件 ${file} 不完整（被截断）/ backup file ${file} is cut short`);
  return header;
}

function parseHeader(line: string, file: string): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(line) as BackupHeader;
  } catch {
    header = {} as BackupHeader;
  }
  if (header.format !== BACKUP_FORMAT) throw new BadBackupError(`${file} 不是邻里备份文件 / is not a Linli backup file`);
  if (header.version > BACKUP_VERSION) {
    throw new BadBackupError(
      `备份文件格式 ${header.version} 比本版本新，请先升级邻里 / backup format ${header.version} is newer than this Linli: upgrade first`,
    );
  }
  return header;
}
