/** A one-line text progress bar on stderr, redrawn in place on a terminal and logged sparsely otherwise. */
export function createProgressBar(width = 30) {
  const tty = process.stderr.isTTY === true;
  let lastStage = '';
  let lastTenth = -1;
  return {
    update(done: number, total: number, stage: string): void {
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(ratio * width);
      const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}%  ${done.toLocaleString('en')}/${total.toLocaleString('en')}  ${stage}`;
      if (tty) {
        process.stderr.write(`\r${line}\x1b[K`);
      } else if (stage !== lastStage || Math.floor(ratio * 10) !== lastTenth) {
        process.stderr.write(`${line}\n`);
      }
      lastStage = stage;
      lastTenth = Math.floor(ratio * 10);
    },
    end(): void {
      if (tty) process.stderr.write('\n');
    },
  };
}
