import {
  progressRates,
  type DicomProgress,
  type DicomProgressReporter,
} from '../../validation/dicom/pipeline/progress.js';

const BAR = 30;

function eta(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return 'ETA --:--';
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const mmss = `${String(Math.floor((total % 3600) / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  return `ETA ${h > 0 ? `${h}:` : ''}${mmss}`;
}

/** One line: `[######........] 1,234/5,000 files 812/s ETA 00:04`. */
export function dicomProgressLine(p: DicomProgress): string {
  const { perSecond, etaSeconds } = progressRates(p);
  const filled = p.filesTotal > 0 ? Math.round((p.filesDone / p.filesTotal) * BAR) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${p.filesDone.toLocaleString('en')}/${p.filesTotal.toLocaleString('en')} files ${Math.round(perSecond).toLocaleString('en')}/s ${eta(etaSeconds)}`;
}

/** Draws the DICOM progress bar on a terminal (stderr) at most 10 times a second; erased at the end. */
export class DicomTerminalProgress implements DicomProgressReporter {
  private drawn = 0;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(p: DicomProgress): void {
    if (Date.now() - this.drawn < 100) return;
    this.drawn = Date.now();
    this.stream.write(`\r${dicomProgressLine(p).slice(0, (this.stream.columns || 80) - 1)}\x1b[K`);
  }

  done(): void {
    if (this.drawn > 0) this.stream.write('\r\x1b[K');
  }
}
