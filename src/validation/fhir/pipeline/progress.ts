/** How far a run has got: what a progress bar shows. */
export interface ProgressState {
  resources: number;
  /** Raw bytes read so far, over all files, and the total size of the inputs. */
  bytesDone: number;
  bytesTotal: number;
  filesDone: number;
  filesTotal: number;
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

/** Resources per second and the estimated seconds left (by bytes), or undefined before there is a rate. */
export function progressRates(state: ProgressState): { perSecond: number; etaSeconds: number | undefined } {
  const seconds = state.elapsedMs / 1000;
  const perSecond = seconds > 0 ? state.resources / seconds : 0;
  const byteRate = seconds > 0 ? state.bytesDone / seconds : 0;
  const etaSeconds =
    byteRate > 0 && state.bytesTotal >= state.bytesDone ? (state.bytesTotal - state.bytesDone) / byteRate : undefined;
  return { perSecond, etaSeconds };
}
