#!/usr/bin/env node
// Runs the TypeScript coordinator with tsx, from any working directory.
import { tsImport } from 'tsx/esm/api';
await tsImport('../coordinator/cli.ts', import.meta.url);
