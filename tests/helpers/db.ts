import { CertifillDb } from '@/utils/storage/db';

/** A fresh database per test, on fake-indexeddb. */
export function freshDb(): CertifillDb {
  return new CertifillDb(`test-${crypto.randomUUID()}`);
}
