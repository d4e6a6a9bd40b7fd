// A worker thread of the export runner: builds its engine's checker once, then checks the items it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { Location } from '../../errors/location.js';
import type { CheckerModule } from './engine.js';
import type { FromWorker, ToWorker, WorkerData } from './worker-messages.js';

const { module, setup } = workerData as WorkerData;
const port = parentPort!;
const send = (message: FromWorker<unknown>): void => port.postMessage(message);

try {
  const checker = await ((await import(module)) as CheckerModule<unknown, unknown>).createChecker(setup);
  port.on('message', ({ seq, item }: ToWorker<unknown>) => {
    Promise.resolve(item)
      .then((it) => checker.check(it))
      .then(
        (result) => send({ type: 'result', seq, result }),
        (error: Error) => send({ type: 'failed', message: error.message, stack: error.stack }),
      );
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
