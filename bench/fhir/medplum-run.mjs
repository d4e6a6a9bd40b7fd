// Medplum's validator over an NDJSON file, streamed line by line (one thread, as the library runs),
// with the profiles a resource claims passed in when Medplum has them.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { medplumIssues, setUpMedplum } from './medplum-validator.mjs';

setUpMedplum(process.argv[3]);
let count = 0;
let withErrors = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (line === '') continue;
  if (medplumIssues(JSON.parse(line)).some((i) => i.severity === 'error')) withErrors += 1;
  count += 1;
}
console.log(JSON.stringify({ count, withErrors }));
