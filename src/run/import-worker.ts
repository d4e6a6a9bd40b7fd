// A worker thread of `readiness import`: loads the questionnaire once, then reads the form files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { ReadFormOptions } from '../forms/read-form-file.js';
import { questionnaireNamed } from './form.js';
import { readFormAt } from './import-read.js';

const setup = workerData as { questionnaire: string; options: ReadFormOptions };
const port = parentPort!;
const { questionnaire } = await questionnaireNamed(setup.questionnaire);
port.on('message', (message: { n: number; file: string }) => {
  readFormAt(message.file, questionnaire, setup.options).then(
    (read) => port.postMessage({ n: message.n, read }),
    (error: Error) => port.postMessage({ n: message.n, crash: error.stack ?? error.message }),
  );
});
port.postMessage({ ready: true });
