#!/usr/bin/env node
// npm run platform [-- --port N] [--rebuild]: serves the Certif Pro reconstruction on 127.0.0.1.
import { startPlatform } from './platform-server.mjs';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('Port invalide. Usage : node scripts/platform.mjs [--port N] [--rebuild]');
  process.exit(2);
}

const { url, close } = await startPlatform({
  port,
  build: args.includes('--rebuild') ? 'force' : 'auto',
  log: console.log,
}).catch((error) => {
  if (error?.code !== 'EADDRINUSE') throw error;
  console.error(`Le port ${port} est déjà utilisé. Essayez : npm run platform -- --port 0`);
  process.exit(1);
});
console.log(`Reconstruction de Certif Pro : ${url}`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await close();
    process.exit(0);
  });
}
