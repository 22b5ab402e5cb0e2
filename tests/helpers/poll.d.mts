export function poll<T>(check: () => Promise<T> | T, timeout: number, interval: number): Promise<T>;
