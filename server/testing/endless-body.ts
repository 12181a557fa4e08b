/** A request body that never ends, chunk after chunk, and how much of it a reader pulled. */
export const endlessBody = (chunkBytes = 16 * 1024) => {
  const pulled = { chunks: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull: (controller) => {
      pulled.chunks++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(97));
    },
    cancel: () => {
      pulled.cancelled = true;
    },
  });
  return { stream, pulled };
};

/** A POST carrying `body` as a stream, with no Content-Length, as a chunked upload arrives. */
export const streamingPost = (url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  new Request(url, { method: "POST", body, headers, duplex: "half" } as RequestInit & { duplex: "half" });
