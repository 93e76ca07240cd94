package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A small CSV that would be large once held (issue 13): a row of half a million columns, a million short rows.
 * Columns past {@link SheetGrid#MAX_COLUMNS} are dropped as they are read; a file of more than
 * {@link Table#MAX_ROWS} rows is refused at the row past it, naming the limit.
 */
class CsvLimitsTest {

    @Test
    void columnsPastTheLimitAreNotKept() throws Exception {
        StringBuilder text = new StringBuilder("企业名称");
        text.append(",x".repeat(100_000))
                .append("\n衡阳新厂")
                .append(",1".repeat(100_000))
                .append('\n');

        Table table = CsvReader.read("宽.csv", text.toString());

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.cells()).hasSize(SheetGrid.MAX_COLUMNS));
        assertThat(table.rows().get(1).cells().get(0).text()).isEqualTo("衡阳新厂");
    }

    @Test
    void aFileOfTooManyRowsIsRefusedNamingTheLimit() {
        String text = "企业名称\n" + "F\n".repeat(Table.MAX_ROWS);

        assertThatThrownBy(() -> CsvReader.read("长.csv", text)).isInstanceOfSatisfying(SheetException.class, e -> {
            assertThat(e.reason().text(Locale.ENGLISH))
                    .isEqualTo("长.csv has more than 200,000 rows; ChainMap imports at most 200,000 rows of"
                            + " one file, what a region's map can hold. Split it into several files.");
            assertThat(e.reason().text(Locale.CHINESE)).contains("超过200000行");
        });
    }

    @Test
    void aFileOfAsManyRowsAsTheLimitIsRead() throws Exception {
        String text = "企业名称\n" + "F\n".repeat(Table.MAX_ROWS - 1);

        assertThat(CsvReader.read("长.csv", text).rows()).hasSize(Table.MAX_ROWS);
    }
}
