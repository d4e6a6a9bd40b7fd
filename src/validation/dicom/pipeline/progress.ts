/** How far a DICOM run has got: what a progress bar shows. */
export interface DicomProgress {
  filesDone: number;
  filesTotal: number;
  /** Milliseconds since validation started (after the folders were walked). */
  elapsedMs: number;
}

/**
 * Receives progress from a run. The core only calls it; the command decides whether to draw
 * (on a terminal, not with --json). `update` may be called often: throttle drawing in the reporter.
 */
export interface DicomProgressReporter {
  update(progress: DicomProgress): void;
  done(progress: DicomProgress): void;
}

/** Files per second and the estimated seconds left, or undefined before there is a rate. */
export function progressRates(p: DicomProgress): { perSecond: number; etaSeconds: number | undefined } {
  const seconds = p.elapsedMs / 1000;
  const perSecond = seconds > 0 ? p.filesDone / seconds : 0;
  return { perSecond, etaSeconds: perSecond > 0 ? (p.filesTotal - p.filesDone) / perSecond : undefined };
}
