#!/usr/bin/env node
// The readiness CLI: oclif reads the commands from dist/commands (built by `npm run build`).
import { execute } from '@oclif/core';

await execute({ dir: import.meta.url });
