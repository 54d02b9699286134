/** A one-line progress bar on a TTY; silent otherwise or with --quiet. */
export class Progress {
  private current = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly total: number,
    quiet: boolean,
  ) {
    this.enabled = !quiet && Boolean(process.stderr.isTTY) && total > 1;
  }

  tick(label: string): void {
    this.current++;
    if (!this.enabled) return;
    const width = 24;
    const filled = Math.round((this.current / this.total) * width);
    const bar = "#".repeat(filled) + "-".repeat(width - filled);
    process.stderr.write(`\r[${bar}] ${this.current}/${this.total} ${label.slice(-40).padEnd(40)}`);
  }

  done(): void {
    if (this.enabled) process.stderr.write("\r\x1b[K");
  }
}
