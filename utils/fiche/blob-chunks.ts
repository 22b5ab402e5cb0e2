/** A file read slice by slice (64 kB), so that no more than one slice is in memory at once. */
export async function* blobChunks(
  blob: Blob,
  size = 64 * 1024,
  signal?: AbortSignal,
): AsyncIterable<Uint8Array> {
  for (let at = 0; at < blob.size; at += size) {
    signal?.throwIfAborted();
    yield new Uint8Array(await blob.slice(at, at + size).arrayBuffer());
  }
}
