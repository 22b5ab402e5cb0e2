import { RAW_ENUMS } from './enums.data';
import type { RawEnum } from './types';

export function getEnum(ref: string | null): RawEnum | undefined {
  return ref ? RAW_ENUMS[ref] : undefined;
}

/** The values a select of this enum offers, as the platform labels them. */
export function enumOptions(ref: string | null): { code: string; label: string }[] {
  return getEnum(ref)?.values ?? [];
}
