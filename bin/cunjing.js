#!/usr/bin/env node
// The `cunjing` command. Sources are TypeScript, loaded through tsx, so there is no build step.
import { register } from 'tsx/esm/api';

register();
// `cunjing check … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { runCli } = await import('../src/cli/index.ts');
process.exitCode = await runCli(process.argv.slice(2));
