import type { Repertoire } from '@/utils/criteria/types';

/** Closest RS item of an RNCP item (R. 6113-9 → R. 6113-11): RS 2° ≈ RNCP 3°, RS 3° ≈ RNCP 4°, … */
const RNCP_TO_RS: Record<string, string> = {
  '1': '1 bis',
  '2': '1 bis',
  '2 bis': '1 quater',
  '2 ter': '1 quinquies',
  '3': '2',
  '4': '3',
  '5': '4',
  '8': '5',
  '9': '6',
};

/** Closest RNCP item of an RS item. */
const RS_TO_RNCP: Record<string, string> = {
  '1': '1',
  '1 bis': '2',
  '1 quater': '2 bis',
  '1 quinquies': '2 ter',
  '2': '3',
  '3': '4',
  '4': '5',
  '5': '8',
  '6': '9',
};

/** The item of `to` that corresponds to item `number` of `from`, if any (RNCP 6° and 7°, RS 1° ter have none). */
export function equivalentNumber(number: string, from: Repertoire, to: Repertoire): string | undefined {
  if (from === to) return number;
  return from === 'RNCP' ? RNCP_TO_RS[number] : RS_TO_RNCP[number];
}

/** Whether `number` is an item of R. 6113-9 (RNCP) or R. 6113-11 (RS) at all, whatever the filing date. */
export function existsIn(repertoire: Repertoire, number: string): boolean {
  const rncp = ['1', '2', '2 bis', '2 ter', '3', '4', '5', '6', '7', '8', '9'];
  const rs = ['1', '1 bis', '1 ter', '1 quater', '1 quinquies', '2', '3', '4', '5', '6'];
  return (repertoire === 'RNCP' ? rncp : rs).includes(number);
}
