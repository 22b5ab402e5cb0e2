import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Reads a domain file from ../shared/domain when present, else the vendored copy in tests/fixtures/domain. */
export function readDomain<T>(name: string): T {
  const shared = resolve(__dirname, '../../../shared/domain', name);
  const vendored = resolve(__dirname, '../fixtures/domain', name);
  return JSON.parse(readFileSync(existsSync(shared) ? shared : vendored, 'utf8')) as T;
}
