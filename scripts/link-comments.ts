/**
 * Links the comments of a request for additions (stdin) to the registration criteria.
 * Usage: npm run -s link-comments -- --repertoire RNCP|RS [--filed-on YYYY-MM-DD] [--lines] < file.txt
 * Prints a JSON array [{ text, criterion, confidence, runnerUp, fields }].
 * With --letter [--received-on YYYY-MM-DD] (a whole letter or e-mail): prints
 * { items: [{ text, criterion, confidence, runnerUp, fields }], deadline: "YYYY-MM-DD" | null, ignored: ["…"] },
 * the deadline counted from the day received (today by default). Errors: French message, exit code 2.
 */
import { runCli } from './cli/io';
import { linkCommentsCli } from './cli/link-comments';

await runCli(linkCommentsCli);
