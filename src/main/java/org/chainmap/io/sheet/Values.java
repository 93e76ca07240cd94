package org.chainmap.io.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainmap.model.Certainty;
import org.chainmap.model.ListKind;
import org.chainmap.model.Role;
import org.chainmap.model.Stage;

/**
 * What a cell means, read as a ledger writes it: yes and no in several words, amounts with thousands
 * separators and units (1,500万), numbers stored as text, dates as Excel dates or in the usual written forms,
 * several values in one cell separated by 、 or commas. A cell that cannot be read so throws a
 * {@link Unreadable} saying why.
 */
final class Values {

    /** A cell whose value cannot be read; the message says what was expected. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Message reason;

        Unreadable(String key, Object... args) {
            super(key);
            this.reason = Message.of(key, args);
        }

        Message reason() {
            return reason;
        }
    }

    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("是", true),
            Map.entry("否", false),
            Map.entry("本地", true),
            Map.entry("外地", false),
            Map.entry("y", true),
            Map.entry("n", false),
            Map.entry("yes", true),
            Map.entry("no", false),
            Map.entry("true", true),
            Map.entry("false", false),
            Map.entry("1", true),
            Map.entry("0", false),
            Map.entry("√", true),
            Map.entry("✓", true),
            Map.entry("×", false),
            Map.entry("x", false));

    private static final Pattern AMOUNT = Pattern.compile("([-+]?[0-9]+(?:\\.[0-9]+)?)(亿元|万元|亿|万|元)?");
    private static final Pattern YEAR = Pattern.compile("([0-9]{1,4})年?");
    private static final Pattern DAY = Pattern.compile(
            "([0-9]{4})(?:[-/.]([0-9]{1,2})(?:[-/.]([0-9]{1,2}))?|年([0-9]{1,2})月(?:([0-9]{1,2})日?)?|年)");
    private static final Pattern COMPACT_DAY = Pattern.compile("([0-9]{4})([0-9]{2})([0-9]{2})");

    private Values() {}

    /** The text, or {@code null} for an empty cell. */
    static String text(Cell cell) {
        return cell.text().isEmpty() ? null : cell.text();
    }

    /** Yes or no; {@code null} for an empty cell. */
    static Boolean yesNo(Cell cell) throws Unreadable {
        if (cell.text().isEmpty()) {
            return null;
        }
        Boolean value = YES_NO.get(plain(cell.text()));
        if (value == null) {
            throw new Unreadable("value.yesNo", cell.text());
        }
        return value;
    }

    /**
     * A whole amount of at least 0, from a number or text such as {@code 1,500}, {@code 1.5亿}, {@code 300万元},
     * times {@code scale} (a unit named in the header); {@code null} for an empty cell. Parts of a yuan are
     * rounded off.
     */
    static Long amount(Cell cell, long scale) throws Unreadable {
        if (cell.isBlank()) {
            return null;
        }
        BigDecimal value;
        if (cell.isNumber()) {
            value = BigDecimal.valueOf(cell.number());
        } else {
            Matcher matcher = AMOUNT.matcher(plain(cell.text()).replace(",", ""));
            if (!matcher.matches()) {
                throw new Unreadable("value.amount", cell.text());
            }
            value = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(unit(matcher.group(2), scale)));
            scale = 1;
        }
        value = value.multiply(BigDecimal.valueOf(scale)).setScale(0, RoundingMode.HALF_UP);
        if (value.signum() < 0) {
            throw new Unreadable("value.negative", cell.text());
        }
        if (value.toBigInteger().bitLength() > 62) {
            throw new Unreadable("value.tooLarge", cell.text());
        }
        return value.longValueExact();
    }

    private static long unit(String unit, long scale) {
        if (unit == null) {
            return scale;
        }
        return switch (unit) {
            case "亿", "亿元" -> 100_000_000L;
            case "万", "万元" -> 10_000L;
            default -> 1;
        };
    }

    /** A whole number such as an order, possibly negative; {@code null} for an empty cell. */
    static Integer whole(Cell cell) throws Unreadable {
        if (cell.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = cell.isNumber()
                    ? BigDecimal.valueOf(cell.number())
                    : new BigDecimal(plain(cell.text()).replace(",", ""));
            return value.intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new Unreadable("value.whole", cell.text());
        }
    }

    /** A year 0–9999 ({@code 2024}, {@code 2024年}, or the year of a date); {@code null} for an empty cell. */
    static Integer year(Cell cell) throws Unreadable {
        if (cell.date() != null) {
            return cell.date().getYear();
        }
        if (cell.isBlank()) {
            return null;
        }
        Matcher matcher = YEAR.matcher(cell.isNumber() ? cell.text() : plain(cell.text()));
        if (!matcher.matches()) {
            throw new Unreadable("value.year", cell.text());
        }
        return Integer.parseInt(matcher.group(1));
    }

    /**
     * A date as the format writes it ({@code 2024-05-31}, {@code 2024-05} or {@code 2024}), from an Excel date
     * or from {@code 2024-5-31}, {@code 2024/5/31}, {@code 2024.5.31}, {@code 2024年5月31日}, {@code 20240531}
     * and their shorter forms; {@code null} for an empty cell.
     */
    static String date(Cell cell) throws Unreadable {
        if (cell.date() != null) {
            return cell.date().toString();
        }
        if (cell.isBlank()) {
            return null;
        }
        String text = plain(cell.text());
        try {
            Matcher compact = COMPACT_DAY.matcher(text);
            if (compact.matches()) {
                return LocalDate.of(number(compact, 1), number(compact, 2), number(compact, 3))
                        .toString();
            }
            Matcher day = DAY.matcher(text);
            if (day.matches()) {
                int year = number(day, 1);
                String month = day.group(2) != null ? day.group(2) : day.group(4);
                String date = day.group(3) != null ? day.group(3) : day.group(5);
                if (month == null) {
                    return String.format(Locale.ROOT, "%04d", year);
                }
                if (date == null) {
                    return YearMonth.of(year, Integer.parseInt(month)).toString();
                }
                return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(date))
                        .toString();
            }
            if (text.matches("[0-9]{4}")) {
                return text;
            }
        } catch (DateTimeException e) {
            throw new Unreadable("value.dateInvalid", cell.text());
        }
        throw new Unreadable("value.date", cell.text());
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }

    /** Several values in one cell, separated by 、，,；; or line breaks (not inside brackets), each once. */
    static List<String> list(Cell cell) {
        List<String> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : cell.text().toCharArray()) {
            if (c == '(' || c == '（' || c == '[' || c == '【') {
                depth++;
            } else if ((c == ')' || c == '）' || c == ']' || c == '】') && depth > 0) {
                depth--;
            }
            if (depth == 0 && "、,，;；\n\r|｜".indexOf(c) >= 0) {
                values.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        values.add(current.toString().strip());
        return List.copyOf(
                new LinkedHashSet<>(values.stream().filter(v -> !v.isEmpty()).toList()));
    }

    /** Whether a cell of several values names one of them twice. */
    static boolean repeats(Cell cell) {
        List<String> all = new ArrayList<>();
        for (String part : cell.text().split("[、,，;；\\n|｜]")) {
            if (!part.isBlank()) {
                all.add(part.strip());
            }
        }
        return new LinkedHashSet<>(all).size() < all.size();
    }

    /** 上游, 中游, 下游 or upstream, midstream, downstream; {@code null} for an empty cell. */
    static Stage stage(Cell cell) throws Unreadable {
        return word(
                cell,
                "value.stage",
                Map.of(
                        Stage.UPSTREAM, List.of("上游", "upstream", "up"),
                        Stage.MIDSTREAM, List.of("中游", "midstream", "mid"),
                        Stage.DOWNSTREAM, List.of("下游", "downstream", "down")));
    }

    /** 链主, 配套, 服务 or leader, supplier, service; {@code null} for an empty cell. */
    static Role role(Cell cell) throws Unreadable {
        return word(
                cell,
                "value.role",
                Map.of(
                        Role.LEADER, List.of("链主", "链主企业", "龙头", "龙头企业", "leader"),
                        Role.SUPPLIER, List.of("配套", "配套企业", "供应商", "supplier"),
                        Role.SERVICE, List.of("服务", "服务企业", "service")));
    }

    /** 已核实 or 待核实, verified or likely; {@code null} for an empty cell. */
    static Certainty certainty(Cell cell) throws Unreadable {
        return word(
                cell,
                "value.certainty",
                Map.of(
                        Certainty.VERIFIED, List.of("已核实", "核实", "已确认", "确认", "verified"),
                        Certainty.LIKELY, List.of("待核实", "推断", "未核实", "likely")));
    }

    /** One of the five lists, by its Chinese name (with or without 清单) or its id; {@code null} when empty. */
    static ListKind listKind(Cell cell) throws Unreadable {
        return word(
                cell,
                "value.list",
                Map.of(
                        ListKind.GOALS, List.of("发展目标", "目标", "goals", "goal"),
                        ListKind.PROJECTS, List.of("在建重大项目", "在建项目", "重大项目", "projects", "project"),
                        ListKind.PROMOTIONS, List.of("招商引资重点项目", "招商项目", "招商", "promotions", "promotion"),
                        ListKind.PROBLEMS, List.of("重点问题", "问题", "problems", "problem"),
                        ListKind.RESEARCH, List.of("可产业化的主要科研成果", "科研成果", "research")));
    }

    private static <E> E word(Cell cell, String key, Map<E, List<String>> words) throws Unreadable {
        if (cell.text().isEmpty()) {
            return null;
        }
        String text = plain(cell.text());
        if (text.endsWith("清单")) {
            text = text.substring(0, text.length() - 2);
        }
        for (Map.Entry<E, List<String>> entry : words.entrySet()) {
            if (entry.getValue().contains(text)) {
                return entry.getKey();
            }
        }
        throw new Unreadable(key, cell.text());
    }

    /** Text compared as a word: full-width forms made plain, lower case, no blanks. */
    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", "");
    }
}
