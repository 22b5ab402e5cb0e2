// `node scripts/bench/busy-and-huge.mjs [rounds]`: only the two figures of issue 16 (busy page CPU,
// 20 000-control page), without the rest of `npm run bench`. Needs the test build
// (`npx wxt build --mode test`). Prints JSON.
import { startPlatform } from '../platform-server.mjs';
import { busyPageRun } from './busy-page.mjs';
import { hugePageRun } from './huge-page.mjs';

const rounds = Number(process.argv[2] ?? 6);
const platform = await startPlatform({ port: 0 });
try {
  const busy = await busyPageRun(new URL('demandes/48213/fiche', platform.url).href, { rounds });
  console.log(JSON.stringify({ busy }, null, 1));
  const huge = await hugePageRun(20_000);
  console.log(JSON.stringify({ huge }, null, 1));
} finally {
  await platform.close();
}
