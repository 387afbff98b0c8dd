#!/usr/bin/env node
// The `cunjing` command. Production runs the compiled JavaScript in dist/ (built by `npm install`
// and by `npm start` when stale); when dist/ is missing or older than the sources, the TypeScript
// sources run through tsx instead, so the command always runs the code that is checked out.
// CUNJING_FROM_SOURCE=1 forces the sources.
import { isDistFresh } from './dist-state.js';

// `cunjing check … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

let runCli;
if (process.env.CUNJING_FROM_SOURCE !== '1' && isDistFresh()) {
  ({ runCli } = await import('../dist/run/cunjing.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import('../src/cli/index.ts'));
}
process.exitCode = await runCli(process.argv.slice(2));
