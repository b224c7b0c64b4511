// `npm start`: lint the bundled samples, saying first that their findings are planted, and pass
// on any extra arguments (`npm start -- --fix-dry-run`, `npm start -- --format json`). npm
// appends those to the command line, so the command is a plain program call, never shell syntax
// they could land in. The samples are meant to have findings: exit status 1 (findings) is a
// successful demonstration and becomes 0; 2 (bad usage, an internal failure) stays.
import { spawnSync } from 'node:child_process';

const [cli, ...args] = process.argv.slice(2);
process.stderr.write(
  'govlint: eksemplerne i samples/ indeholder fejl med vilje; hvert fund er plantet (se samples/README.md) · ' +
    'the samples contain planted mistakes; every finding is there on purpose (see samples/README.md)\n',
);
const result = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
if (result.error) {
  process.stderr.write(`govlint: ${result.error.message}\n`);
  process.exitCode = 2;
} else process.exitCode = result.status === 1 ? 0 : (result.status ?? 2);
