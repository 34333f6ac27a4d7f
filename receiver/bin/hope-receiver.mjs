#!/usr/bin/env node
// Built by `npm run build -w receiver` (or `npm run receiver` at the repository root).
import {main} from '../dist/hope-receiver.mjs';

await main(process.argv.slice(2));
