/** How far a validation run has got: what a progress bar shows. */
export interface ProgressState {
  /** What is counted: `resources` (FHIR) or `files` (DICOM). */
  unit: string;
  done: number;
  /** How many there are in all, when known before the end (DICOM files). */
  total?: number;
  /** Raw bytes read so far and the inputs' total size, when the run is measured by bytes (FHIR). */
  bytesDone?: number;
  bytesTotal?: number;
  /** Milliseconds since the run started. */
  elapsedMs: number;
}

/**
 * Receives progress from a run. The core only calls it; the command decides whether to draw a bar
 * (on a terminal, not with --json). `update` is called often: throttle drawing in the reporter.
 */
export interface ProgressReporter {
  update(state: ProgressState): void;
  done(state: ProgressState): void;
}

/** The share done (0..1), by bytes when they are measured, else by count. */
export function progressRatio(state: ProgressState): number {
  if (state.bytesTotal !== undefined)
    return state.bytesTotal > 0 ? Math.min(1, (state.bytesDone ?? 0) / state.bytesTotal) : 0;
  return state.total ? Math.min(1, state.done / state.total) : 0;
}

/** Units per second and the estimated seconds left (by bytes when measured), or undefined before there is a rate. */
export function progressRates(state: ProgressState): { perSecond: number; etaSeconds: number | undefined } {
  const seconds = state.elapsedMs / 1000;
  const perSecond = seconds > 0 ? state.done / seconds : 0;
  const [done, total] =
    state.bytesTotal !== undefined ? [state.bytesDone ?? 0, state.bytesTotal] : [state.done, state.total ?? -1];
  const rate = seconds > 0 ? done / seconds : 0;
  return { perSecond, etaSeconds: rate > 0 && total >= done ? (total - done) / rate : undefined };
}
