package dev.walletgate.bootstrap.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;

/**
 * Reads a request body as it arrives, holding no thread while it waits: at most one byte past the
 * limit, so an oversized body is seen without reading all of it.
 */
final class BodyReader implements Runnable {
  private final Content.Source source;
  private final int keep;
  private final ByteArrayOutputStream bytes;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();

  private BodyReader(Content.Source source, int limit, long declared) {
    this.source = source;
    this.keep = limit + 1;
    this.bytes = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, keep)));
  }

  /** Starts reading; the future completes with the body, or fails with the source's failure. */
  static CompletableFuture<byte[]> read(Content.Source source, int limit, long declared) {
    BodyReader reader = new BodyReader(source, limit, declared);
    reader.run();
    return reader.result;
  }

  @Override
  public void run() {
    while (!result.isDone()) {
      Content.Chunk chunk = source.read();
      if (chunk == null) {
        source.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        result.completeExceptionally(chunk.getFailure());
        return;
      }
      ByteBuffer buffer = chunk.getByteBuffer();
      int take = Math.min(buffer.remaining(), keep - bytes.size());
      byte[] part = new byte[take];
      buffer.get(part);
      bytes.write(part, 0, take);
      boolean last = chunk.isLast();
      chunk.release();
      if (last || bytes.size() >= keep) {
        result.complete(bytes.toByteArray());
      }
    }
  }

  /** Ends the wait: the body did not arrive in time. */
  void expire(Throwable why) {
    result.completeExceptionally(why);
  }
}
