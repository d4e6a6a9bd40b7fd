import { progressRates, progressRatio, type ProgressReporter, type ProgressState } from '../../run/export/progress.js';

const WIDTH = 30;

function clock(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  return m >= 60
    ? `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`
    : `${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** One line of the bar: `[#####.....]  42% 12,345 resources 3,456/s ETA 00:12` (`1,234/5,000 files` when the total is known). */
export function progressLine(state: ProgressState): string {
  const { perSecond, etaSeconds } = progressRates(state);
  const ratio = progressRatio(state);
  const filled = Math.round(ratio * WIDTH);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}]`;
  const count = `${state.done.toLocaleString('en')}${state.total === undefined ? '' : `/${state.total.toLocaleString('en')}`}`;
  return `${bar} ${String(Math.round(ratio * 100)).padStart(3)}% ${count} ${state.unit} ${Math.round(perSecond).toLocaleString('en')}/s ETA ${clock(etaSeconds)}`;
}

/** Draws the progress bar on a terminal stream (stderr), at most 10 times a second, and erases it at the end. */
export class TerminalProgress implements ProgressReporter {
  private drawn = 0;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(state: ProgressState): void {
    const now = Date.now();
    if (now - this.drawn < 100) return;
    this.drawn = now;
    this.stream.write(`\r${progressLine(state).slice(0, (this.stream.columns || 80) - 1)}\x1b[K`);
  }

  done(): void {
    if (this.drawn > 0) this.stream.write('\r\x1b[K');
  }
}
