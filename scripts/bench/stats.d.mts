// Types of stats.mjs, for the unit tests written in TypeScript.
export function quantile(values: readonly number[], q: number): number;
export function median(values: readonly number[]): number;
export function p95(values: readonly number[]): number;
export function round(x: number, d?: number): number;
export function medianInterval(values: readonly number[], d?: number): [number, number] | null;
export function formatInterval(iv: readonly [number, number] | null): string;
