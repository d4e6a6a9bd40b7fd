// The floor: read an NDJSON file line by line and JSON.parse each line, nothing else.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

let count = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (line === '') continue;
  JSON.parse(line);
  count += 1;
}
console.log(JSON.stringify({ count }));
