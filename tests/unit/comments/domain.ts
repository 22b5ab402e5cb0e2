import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Reads a domain file from tests/fixtures/domain when present, else from the shared domain folder. */
export function readDomain<T>(name: string): T {
  const fixture = resolve(__dirname, '../../fixtures/domain', name);
  const path = existsSync(fixture) ? fixture : resolve('/work/shared/domain', name);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export interface DomainField {
  id: string;
  kind: string;
  repertoire: 'RNCP' | 'RS' | 'both';
}

export interface DomainCriterion {
  repertoire: 'RNCP' | 'RS' | 'both';
  number: string;
  source?: string;
}
