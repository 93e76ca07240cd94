package org.chainmap.ui.lists;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;
import org.chainmap.text.Money;

/**
 * The exact amount in the tooltip of a cell that shows it in large units: 1,000 亿元 over 100,000,000,000 元
 * (issue 17 item 5: the exact number stays in the file and in tooltips).
 */
final class ExactAmounts {

    private ExactAmounts() {}

    /** Gives every cell of {@code column} the exact {@code amount} of its row, in {@code locale}'s words. */
    static <T> void tooltips(TableColumn<T, String> column, Function<T, Long> amount, Supplier<Locale> locale) {
        Callback<TableColumn<T, String>, TableCell<T, String>> cells = column.getCellFactory();
        column.setCellFactory(owner -> {
            TableCell<T, String> cell = cells.call(owner);
            cell.itemProperty().addListener((property, was, now) -> {
                T row = cell.getTableRow() == null ? null : cell.getTableRow().getItem();
                Long yuan = row == null || now == null ? null : amount.apply(row);
                cell.setTooltip(yuan == null ? null : new Tooltip(Money.exact(yuan, locale.get())));
            });
            return cell;
        });
    }
}
