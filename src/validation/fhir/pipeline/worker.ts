// The worker thread: builds its own validator once, then parses and validates the jobs it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { Location } from '../../../errors/location.js';
import type { FhirResourceValidator, FhirValidatorConfig } from '../resource-validator.js';
import { processJob } from './process-job.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-messages.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const send = (message: FromWorker): void => port.postMessage(message);

try {
  const engine = (await import(setup.validatorModule)) as {
    createFhirValidator(config: FhirValidatorConfig): Promise<FhirResourceValidator>;
  };
  const validator = await engine.createFhirValidator(setup.config);
  port.on('message', (message: ToWorker) => {
    if (message.type === 'stop') {
      port.close();
      return;
    }
    try {
      send({ type: 'result', result: processJob(message.job, validator, setup.config.showValues) });
    } catch (error) {
      send({ type: 'failed', message: (error as Error).message, stack: (error as Error).stack });
    }
  });
  send({ type: 'ready' });
} catch (error) {
  // A user's error (unknown profile, broken package) keeps its code, place, hint and exit code.
  const e = error as Error & { code?: string; exitCode?: number; hint?: string; location?: Location };
  const user = typeof e.code === 'string' && typeof e.exitCode === 'number';
  send(
    user
      ? { type: 'failed', message: e.message, code: e.code, exitCode: e.exitCode, hint: e.hint, location: e.location }
      : { type: 'failed', message: e.message, stack: e.stack },
  );
}
