package org.mekong.core.screening.bulk;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The traffic file formats bulk screening reads (see {@code docs/screening-files.md}). */
public enum BulkFormat {
  /** Call records: {@code a_number,b_number,imei,imsi,cell,start,duration}. */
  CDR("cdr", List.of("a_number", "b_number", "imei", "imsi", "cell", "start", "duration")),
  /** Text messages: {@code sender,recipient,sent_at,body}. */
  SMS("sms", List.of("sender", "recipient", "sent_at", "body")),
  /** Payments: {@code payer,payee,amount,currency,executed_at}. */
  TRANSFERS("transfers", List.of("payer", "payee", "amount", "currency", "executed_at")),
  /** Web visits: {@code url,visited_at}. */
  URLS("urls", List.of("url", "visited_at")),
  /** One selector of any type a line, no header. */
  SELECTORS("selectors", List.of());

  private final String code;
  private final List<String> columns;

  BulkFormat(String code, List<String> columns) {
    this.code = code;
    this.columns = columns;
  }

  /** The stable code used by the CLI, e.g. {@code cdr}. */
  public String code() {
    return code;
  }

  /** The column names, in order; empty for {@link #SELECTORS}, which has no columns. */
  public List<String> columns() {
    return columns;
  }

  /** The header line a file may start with; empty for {@link #SELECTORS}. */
  public String header() {
    return String.join(",", columns);
  }

  /** The format with this code (case-insensitive), if any. */
  public static Optional<BulkFormat> fromCode(String code) {
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.code.equals(wanted)).findFirst();
  }
}
