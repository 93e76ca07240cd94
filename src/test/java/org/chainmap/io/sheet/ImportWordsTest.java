package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.chainmap.model.Certainty;
import org.chainmap.model.ListKind;
import org.chainmap.model.Role;
import org.chainmap.model.Stage;
import org.junit.jupiter.api.Test;

/**
 * The import's words exist in both languages, and what the template writes is read back: every column's header
 * is known as its own header, every word of a drop-down is read as the value it stands for.
 */
class ImportWordsTest {

    private static final List<Locale> BOTH = List.of(Locale.CHINESE, Locale.ENGLISH);

    @Test
    void everyColumnIsKnownByItsTemplateHeaderInBothLanguages() {
        for (Column column : Column.values()) {
            for (Locale locale : BOTH) {
                String header = column.in(locale);
                assertThat(Headers.known(column.kind(), Headers.base(Headers.normalize(header))))
                        .as("%s in %s", header, locale)
                        .contains(column);
            }
        }
    }

    @Test
    void everyKindSheetAndEncodingHasWords() {
        for (Locale locale : BOTH) {
            for (SheetKind kind : SheetKind.values()) {
                assertThat(kind.in(locale)).isNotBlank();
                assertThat(kind.suits(kind.in(locale))).as(kind.in(locale)).isTrue();
            }
            for (CsvEncoding encoding : CsvEncoding.values()) {
                assertThat(encoding.in(locale)).isNotBlank();
            }
        }
    }

    @Test
    void theWordsWrittenAreReadBack() throws Values.Unreadable {
        for (Locale locale : BOTH) {
            for (Stage stage : Stage.values()) {
                assertThat(Values.stage(Cell.text(Shown.value(stage, locale)))).isEqualTo(stage);
            }
            for (Role role : Role.values()) {
                assertThat(Values.role(Cell.text(Shown.value(role, locale)))).isEqualTo(role);
            }
            for (Certainty certainty : Certainty.values()) {
                assertThat(Values.certainty(Cell.text(Shown.value(certainty, locale))))
                        .isEqualTo(certainty);
            }
            for (ListKind kind : ListKind.values()) {
                assertThat(Values.listKind(Cell.text(Shown.value(kind, locale))))
                        .isEqualTo(kind);
            }
            for (boolean yes : new boolean[] {true, false}) {
                assertThat(Values.yesNo(Cell.text(Shown.value(yes, locale)))).isEqualTo(yes);
            }
            assertThat(Values.list(Cell.text(Shown.value(List.of("氯碱（烧碱、氯气）", "铜杆"), locale))))
                    .containsExactly("氯碱（烧碱、氯气）", "铜杆");
        }
    }

    @Test
    void datesInTheirUsualForms() throws Values.Unreadable {
        for (String text : List.of("2024-05-31", "2024-5-31", "2024/5/31", "2024.05.31", "2024年5月31日", "20240531")) {
            assertThat(Values.date(Cell.text(text))).as(text).isEqualTo("2024-05-31");
        }
        assertThat(Values.date(Cell.text("2024年5月"))).isEqualTo("2024-05");
        assertThat(Values.date(Cell.text("2024/05"))).isEqualTo("2024-05");
        assertThat(Values.date(Cell.text("2024年"))).isEqualTo("2024");
        assertThat(Values.date(Cell.text("2024"))).isEqualTo("2024");
        assertThat(Values.date(Cell.number(20240531))).isEqualTo("2024-05-31");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Values.date(Cell.text("2024-02-30")))
                .isInstanceOf(Values.Unreadable.class)
                .hasMessage("value.dateInvalid");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Values.date(Cell.text("五月底")))
                .hasMessage("value.date");
    }

    @Test
    void amountsAsLedgersWriteThem() throws Values.Unreadable {
        assertThat(Values.amount(Cell.text("1,500,000"), 1)).isEqualTo(1_500_000L);
        assertThat(Values.amount(Cell.text("１５００"), 10_000)).isEqualTo(15_000_000L);
        assertThat(Values.amount(Cell.text("1.5亿"), 10_000)).isEqualTo(150_000_000L);
        assertThat(Values.amount(Cell.text("300万元"), 1)).isEqualTo(3_000_000L);
        assertThat(Values.amount(Cell.number(12.345), 10_000)).isEqualTo(123_450L);
        assertThat(Values.amount(Cell.text(" 12 "), 1)).isEqualTo(12L);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Values.amount(Cell.text("约5亿"), 1))
                .hasMessage("value.amount");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Values.amount(Cell.text("-3"), 1))
                .hasMessage("value.negative");
    }
}
