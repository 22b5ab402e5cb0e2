/** SIRET checks: 14 digits and the Luhn key (La Poste's establishments use a different rule). */

/** SIREN of La Poste: its SIRETs are valid when the sum of their digits is a multiple of 5. */
const LA_POSTE_SIREN = '356000000';

export function normaliseSiret(raw: string): string {
  return raw.replace(/[\s\u00a0\u202f.-]/g, '');
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function siretKeyValid(siret: string): boolean {
  if (siret.startsWith(LA_POSTE_SIREN)) {
    // The siège (356 000 000 00048) passes Luhn; the other establishments use the sum-of-digits rule.
    const sum = [...siret].reduce((acc, c) => acc + Number(c), 0);
    return sum % 5 === 0 || luhnValid(siret);
  }
  return luhnValid(siret);
}

export type SiretIssue = 'spaces' | 'length' | 'digits' | 'key';

/** What is wrong with a SIRET as typed, or null. Spaces are reported: the platform wants none. */
export function siretIssue(raw: string): SiretIssue | null {
  const compact = normaliseSiret(raw.trim());
  if (!/^\d*$/.test(compact)) return 'digits';
  if (compact.length !== 14) return 'length';
  if (!siretKeyValid(compact)) return 'key';
  if (compact !== raw) return 'spaces';
  return null;
}
