/**
 * Readiness of each dossier of a `certifill-dossiers` file, criterion by criterion, at a filing date.
 * Usage: npm run -s readiness -- FILE.json [--on YYYY-MM-DD]
 * Prints [{ id, criteria: [{ criterion, status, findings: [{ message, paths }] }] }]; the file's open instructor remarks
 * count as findings of their criterion. Errors: French message, exit code 2.
 */
import { runCli } from './cli/io';
import { readiness } from './cli/readiness';

await runCli(readiness);
