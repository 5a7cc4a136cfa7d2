// A progress line on stderr for people watching a long run: files done / total, MB/s and ETA,
// redrawn in place at most ten times a second. Only on a terminal: a log file or a pipe gets
// nothing, so it never ends up in a table or a CI log.

export interface ProgressState {
  done: number;
  /** null when the total is unknown (records streamed from standard input) */
  total: number | null;
  bytes: number;
}

export class Progress {
  private lastDraw = -Infinity;
  private shown = false;
  private readonly started: number;

  constructor(
    private readonly write: (s: string) => void,
    private readonly now: () => number = () => performance.now(),
    private readonly columns: () => number = () => process.stderr.columns || 80,
    private readonly intervalMs = 100,
  ) {
    this.started = this.now();
  }

  update(state: ProgressState, force = false): void {
    const t = this.now();
    if (!force && t - this.lastDraw < this.intervalMs) return;
    this.lastDraw = t;
    const line = formatProgress(state, (t - this.started) / 1000).slice(0, Math.max(10, this.columns() - 1));
    this.write(`\r${line}\x1b[K`);
    this.shown = true;
  }

  /** Wipes the line (before a diagnostic is printed, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.write('\r\x1b[K');
    this.shown = false;
    // the next update redraws at once rather than leaving the line blank for up to intervalMs
    this.lastDraw = -Infinity;
  }
}

export function formatProgress({ done, total, bytes }: ProgressState, seconds: number): string {
  const mbps = seconds > 0 ? bytes / 1e6 / seconds : 0;
  const parts = [`claimtab: ${done}${total === null ? '' : `/${total}`} files`, `${mbps.toFixed(2)} MB/s`];
  if (total !== null && done > 0 && done < total && seconds > 0) parts.push(`ETA ${formatDuration(((total - done) * seconds) / done)}`);
  return parts.join('  ');
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
