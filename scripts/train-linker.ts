/**
 * Trains the linker's text model on the development part of the comments corpus (never the held-out part) and
 * writes utils/comments/linker-model.json. With --cv, prints the 5-fold cross-validated top-1 on dev for a grid of
 * blend weights and temperatures instead (weight 0 = the rules alone).
 * Usage: npm run train:linker [-- --cv]
 */
import { writeFileSync } from 'node:fs';
import { crossValidate, devItems, trainOnDev } from '../tests/comments/linker-training';
import { MODEL_TEMPERATURE } from '../utils/comments/model';

const argv = process.argv.slice(2);
if (argv.includes('--cv')) {
  const weights = [0, 1, 2, 3, 4, 5, 6, 8];
  const temperatures = argv.includes('--grid') ? [1, 2, 4] : [MODEL_TEMPERATURE];
  for (const r of crossValidate(weights, temperatures))
    console.log(
      `weight ${String(r.weight).padStart(3)}  temperature ${String(r.temperature).padStart(2)}  n=${r.n}  CV top-1 ${(r.top1 * 100).toFixed(1)} %  unsafe ${r.unsafe}`,
    );
} else {
  const data = trainOnDev(devItems());
  const path = new URL('../utils/comments/linker-model.json', import.meta.url);
  const json = `${JSON.stringify(data)}\n`;
  writeFileSync(path, json);
  console.log(`linker-model.json: ${data.features.length} features, ${(json.length / 1024).toFixed(1)} kB`);
}
