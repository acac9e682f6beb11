package org.mekong.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mekong.server.config.NodeConfig;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body: a declared length over the cap is refused at once with 413, and a body
 * of unknown length is counted as it is read and cut off at the cap.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

  /** The console's upload of a bulk import, a form with a file, capped like the API's import. */
  static final String CONSOLE_IMPORT = "/console/import";

  private final long requestLimit;
  private final long importLimit;

  RequestSizeLimitFilter(NodeConfig config) {
    this.requestLimit = config.maxRequestBytes();
    this.importLimit = config.maxImportBytes();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String uri = request.getRequestURI();
    // TAXII enforces its advertised max_content_length itself, with a TAXII error message
    long limit =
        uri.endsWith(":import") || uri.startsWith("/taxii2/") || uri.equals(CONSOLE_IMPORT)
            ? importLimit
            : requestLimit;
    String type = request.getContentType();
    if (request.getContentLengthLong() < 0
        && type != null
        && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length())) {
      // the servlet container parses a form's parts from its own stream, which the cap below does
      // not see: a form must declare its length (browsers always do)
      Problems.write(
          response,
          Problems.of(
              HttpStatus.LENGTH_REQUIRED,
              "a multipart form must declare its length (Content-Length)",
              false));
      return;
    }
    if (request.getContentLengthLong() > limit) {
      Problems.write(
          response,
          Problems.of(
              HttpStatus.CONTENT_TOO_LARGE,
              "the request body of "
                  + request.getContentLengthLong()
                  + " bytes exceeds the limit of "
                  + limit
                  + " bytes",
              false));
      return;
    }
    chain.doFilter(new CappedRequest(request, limit), response);
  }

  /** A request whose body stream fails once more than the cap has been read. */
  private static final class CappedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private final ServletInputStream capped;

    CappedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
      this.capped = new CappedStream(limit, this::original);
    }

    private ServletInputStream original() throws IOException {
      return super.getInputStream();
    }

    @Override
    public ServletInputStream getInputStream() {
      return capped;
    }

    @Override
    public String toString() {
      return "CappedRequest[limit=" + limit + "]";
    }
  }

  /** Supplies the underlying stream lazily. */
  @FunctionalInterface
  private interface StreamSource {
    ServletInputStream open() throws IOException;
  }

  /** Counts bytes read and throws {@link PayloadTooLargeException} past the cap. */
  private static final class CappedStream extends ServletInputStream {

    private final long limit;
    private final StreamSource source;
    private @org.jspecify.annotations.Nullable ServletInputStream delegate;
    private long read;

    CappedStream(long limit, StreamSource source) {
      this.limit = limit;
      this.source = source;
    }

    private ServletInputStream delegate() throws IOException {
      ServletInputStream current = delegate;
      if (current == null) {
        current = source.open();
        delegate = current;
      }
      return current;
    }

    @Override
    public int read() throws IOException {
      int b = delegate().read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = delegate().read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new PayloadTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      try {
        return delegate().isFinished();
      } catch (IOException e) {
        return true;
      }
    }

    @Override
    public boolean isReady() {
      try {
        return delegate().isReady();
      } catch (IOException e) {
        return false;
      }
    }

    @Override
    public void setReadListener(ReadListener listener) {
      try {
        delegate().setReadListener(listener);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
