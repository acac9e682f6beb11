package org.mekong.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.TestNodes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one description of the indicator tables ({@link IndicatorColumn}) names every column of the
 * migrated database, in table order and with its type, and every column a write must fill.
 */
class IndicatorColumnsTest {

  private final JdbcClient jdbc = TestNodes.shared().node().bean(JdbcClient.class);

  /** {@code name type} of every column of {@code table}, in table order, from pg_attribute. */
  private List<String> columnsOf(String table) {
    return jdbc.sql(
            "SELECT a.attname || ' ' || t.typname FROM pg_attribute a"
                + " JOIN pg_class c ON c.oid = a.attrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " JOIN pg_type t ON t.oid = a.atttypid"
                + " WHERE c.relname = ? AND n.nspname = current_schema()"
                + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")
        .param(table)
        .query(String.class)
        .list();
  }

  private static List<String> described(List<IndicatorColumn> columns) {
    return columns.stream().map(column -> column.sql() + " " + column.type()).toList();
  }

  @Test
  void everyColumnOfTheIndicatorTableIsDescribedInOrder() {
    assertThat(described(IndicatorColumn.INDICATOR_TABLE))
        .containsExactlyElementsOf(columnsOf("indicator"));
  }

  @Test
  void everyColumnOfTheVersionTableIsDescribedInOrder() {
    assertThat(described(IndicatorColumn.VERSION_TABLE))
        .containsExactlyElementsOf(columnsOf("indicator_version"));
  }

  @Test
  void everyWriteFillsEveryColumnThatHasNoDefault() {
    for (String table : List.of("indicator", "indicator_version")) {
      List<String> required =
          jdbc.sql(
                  "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                      + " AND table_schema = current_schema() AND is_nullable = 'NO'"
                      + " AND column_default IS NULL ORDER BY ordinal_position")
              .param(table)
              .query(String.class)
              .list();
      List<String> written = IndicatorColumn.WRITTEN.stream().map(IndicatorColumn::sql).toList();
      assertThat(written).as(table).containsAll(required);
    }
  }

  @Test
  void theWritePathsShareTheDescriptionsColumnList() {
    assertThat(IndicatorRows.COLUMNS).isEqualTo(IndicatorColumn.names(IndicatorColumn.WRITTEN));
    assertThat(BatchRows.COLUMNS).isEqualTo(IndicatorRows.COLUMNS);
    assertThat(IndicatorColumn.placeholders(IndicatorColumn.WRITTEN).split(", "))
        .hasSize(IndicatorColumn.WRITTEN.size())
        .contains("?::jsonb");
    assertThat(IndicatorColumn.RECEIVED)
        .startsWith(IndicatorColumn.WRITTEN.toArray(IndicatorColumn[]::new))
        .endsWith(
            IndicatorColumn.ORIGIN_NODE,
            IndicatorColumn.RECEIVED_FROM,
            IndicatorColumn.RECEIVED_BY);
  }
}
