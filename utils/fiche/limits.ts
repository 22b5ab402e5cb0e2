/**
 * Size limits of the reader. The RNCP export is about 70 MB zipped and several hundred MB of XML;
 * anything beyond these is not France compétences' export (or a zip bomb) and is refused up front.
 */
export const MAX_FILE_BYTES = 1.5 * 1024 ** 3;
export const MAX_XML_BYTES = 1.5 * 1024 ** 3;

/** « 1,5 Go », « 70,2 Mo » — for messages. */
export function frenchSize(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'Go'],
    [1024 ** 2, 'Mo'],
    [1024, 'ko'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size)
      return `${(bytes / size).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0${unit}`;
  }
  return `${bytes}\u00a0octets`;
}
