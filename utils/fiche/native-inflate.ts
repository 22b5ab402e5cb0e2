import type { FlateError, UnzipDecoder, UnzipDecoderConstructor } from 'fflate';

/** Where the zip reader waits for a native decoder to catch up, and learns it is done. */
export interface NativeInflateTracker {
  /** Settles once everything pushed so far has been handed to the decompressor. */
  written: Promise<void>;
  /** Settles once the decompressed stream has ended (or failed). */
  finished: Promise<void>;
  cancel: () => void;
}

/**
 * A DEFLATE decoder for fflate's streaming Unzip backed by the platform's DecompressionStream
 * (native zlib: several times faster than inflating in JavaScript). fflate still reads the zip's
 * structure; null when the platform has no DecompressionStream.
 */
export function nativeInflate(track: (t: NativeInflateTracker) => void): UnzipDecoderConstructor | null {
  if (typeof DecompressionStream === 'undefined') return null;
  class NativeInflate implements UnzipDecoder {
    static compression = 8;
    ondata: UnzipDecoder['ondata'] = () => {};
    private readonly writer: WritableStreamDefaultWriter<BufferSource>;
    private readonly tracker: NativeInflateTracker;

    constructor() {
      const stream = new DecompressionStream('deflate-raw');
      this.writer = stream.writable.getWriter();
      const reader = stream.readable.getReader();
      const finished = (async () => {
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            this.ondata(null, value, false);
          }
          this.ondata(null, new Uint8Array(0), true);
        } catch (e) {
          const err = Object.assign(new Error(String(e)), { code: 0 }) as FlateError;
          this.ondata(err, new Uint8Array(0), true);
        }
      })();
      this.tracker = {
        written: Promise.resolve(),
        finished,
        cancel: () => {
          void reader.cancel().catch(() => {});
          void this.writer.abort().catch(() => {});
        },
      };
      track(this.tracker);
    }

    push(chunk: Uint8Array, final: boolean): void {
      const t = this.tracker;
      // fflate may reuse its buffers: the stream gets a copy.
      if (chunk.length > 0)
        t.written = t.written.then(() => this.writer.write(chunk.slice())).catch(() => {});
      if (final) t.written = t.written.then(() => this.writer.close()).catch(() => {});
    }
  }
  return NativeInflate;
}
