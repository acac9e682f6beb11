package org.mekong.server.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A minimal HTTP/1.1 client on one kept-alive connection that sends request targets and bodies byte
 * for byte as given — bad %-encoding and invalid UTF-8 included, which {@link java.net.URI} would
 * refuse to build.
 */
final class RawHttp implements Closeable {

  /** A response: its status, content type and body. */
  record Reply(int status, String contentType, byte[] body) {}

  private final String host;
  private final int port;
  private @Nullable Socket socket;
  private @Nullable InputStream in;
  private @Nullable OutputStream out;

  RawHttp(String host, int port) {
    this.host = host;
    this.port = port;
  }

  Reply send(
      String method, String target, @Nullable String authorization, String type, byte[] body) {
    ByteArrayOutputStream request = new ByteArrayOutputStream(body.length + 256);
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(host).append(':').append(port).append("\r\n");
    if (authorization != null) {
      head.append("Authorization: ").append(authorization).append("\r\n");
    }
    if (body.length > 0 || method.equals("POST") || method.equals("PUT")) {
      head.append("Content-Type: ").append(type).append("\r\n");
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    request.writeBytes(body);
    byte[] bytes = request.toByteArray();
    try {
      return exchange(bytes);
    } catch (IOException first) {
      close();
      try {
        return exchange(bytes);
      } catch (IOException second) {
        close();
        throw new UncheckedIOException(second);
      }
    }
  }

  private Reply exchange(byte[] request) throws IOException {
    if (socket == null) {
      Socket opened = new Socket(host, port);
      opened.setSoTimeout(120_000);
      opened.setTcpNoDelay(true);
      socket = opened;
      in = new BufferedInputStream(opened.getInputStream(), 1 << 16);
      out = opened.getOutputStream();
    }
    InputStream input = in;
    OutputStream output = out;
    if (input == null || output == null) {
      throw new IOException("not connected");
    }
    output.write(request);
    output.flush();
    String status = line(input);
    String[] parts = status.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP response: " + status);
    }
    int code = Integer.parseInt(parts[1]);
    long length = -1;
    boolean chunked = false;
    boolean closing = false;
    String contentType = "";
    for (String header = line(input); !header.isEmpty(); header = line(input)) {
      int colon = header.indexOf(':');
      String name = header.substring(0, Math.max(colon, 0)).strip().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).strip();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> closing = value.equalsIgnoreCase("close");
        case "content-type" -> contentType = value;
        default -> {}
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      for (long size = Long.parseLong(line(input).split(";")[0].strip(), 16);
          size > 0;
          size = Long.parseLong(line(input).split(";")[0].strip(), 16)) {
        body.writeBytes(input.readNBytes((int) size));
        line(input);
      }
      for (String trailer = line(input); !trailer.isEmpty(); trailer = line(input)) {
        // trailers are ignored
      }
    } else if (length >= 0) {
      body.writeBytes(input.readNBytes((int) length));
    } else {
      body.writeBytes(input.readAllBytes());
      closing = true;
    }
    if (closing) {
      close();
    }
    return new Reply(code, contentType, body.toByteArray());
  }

  private static String line(InputStream input) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = input.read(); c != '\n'; c = input.read()) {
      if (c < 0) {
        throw new EOFException("the connection closed");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    Socket open = socket;
    socket = null;
    in = null;
    out = null;
    if (open != null) {
      try {
        open.close();
      } catch (IOException e) {
        // closing a socket that failed is best effort
      }
    }
  }
}
