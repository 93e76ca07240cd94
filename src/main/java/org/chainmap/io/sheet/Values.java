package org.chainmap.io.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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

    /** The characters that separate several values on one line of a cell. */
    static final String SEPARATORS = "、,，;；|｜";

    /** The most pieces of a line joined again into one known value. */
    private static final int LONGEST_KNOWN = 12;

    /** Several values in one cell (see {@link #values}), each once. */
    static List<String> list(Cell cell) {
        return list(cell, value -> false);
    }

    /** Several values in one cell (see {@link #values}), each once; a known value is kept whole. */
    static List<String> list(Cell cell, Predicate<String> known) {
        return once(values(cell.text(), known));
    }

    /** {@code values} each once, in the order of their first mention. */
    static List<String> once(List<String> values) {
        return values.size() < 2 ? List.copyOf(values) : List.copyOf(new LinkedHashSet<>(values));
    }

    /**
     * The values of a cell as written, a repeated one as often as it is written. A cell whose whole text is
     * {@code known} is one value. A cell of several lines holds one value per line, without separators at
     * its ends (the template writes a list so when one of its values holds a separator). Otherwise the text
     * is cut at 、，,；;| outside brackets ({@code 氯碱（烧碱、氯气）} is one value), except where pieces joined
     * again, with the separators between them, make a known value: the longest such run is kept whole.
     */
    static List<String> values(String text, Predicate<String> known) {
        String whole = text.strip();
        if (whole.isEmpty()) {
            return List.of();
        }
        if (known.test(whole)) {
            return List.of(whole);
        }
        if (!hasSeparator(whole)) {
            return List.of(whole); // one piece: what the cutting below would give, without its work
        }
        if (whole.indexOf('\n') >= 0 || whole.indexOf('\r') >= 0) {
            return whole.lines()
                    .map(Values::withoutEndSeparators)
                    .filter(line -> !line.isEmpty())
                    .toList();
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder separators = new StringBuilder();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : whole.toCharArray()) {
            if (c == '(' || c == '（' || c == '[' || c == '【') {
                depth++;
            } else if ((c == ')' || c == '）' || c == ']' || c == '】') && depth > 0) {
                depth--;
            }
            if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
                pieces.add(current.toString());
                separators.append(c);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        pieces.add(current.toString());
        List<String> values = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            int last = i;
            for (int j = Math.min(pieces.size() - 1, i + LONGEST_KNOWN); j > i; j--) {
                if (known.test(joined(pieces, separators, i, j))) {
                    last = j;
                    break;
                }
            }
            String value = joined(pieces, separators, i, last);
            if (!value.isEmpty()) {
                values.add(value);
            }
            i = last + 1;
        }
        return values;
    }

    private static boolean hasSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || SEPARATORS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A line without blanks and separators at its ends ({@code 绝缘纸板,} is 绝缘纸板). */
    private static String withoutEndSeparators(String line) {
        int from = 0;
        int to = line.length();
        while (from < to && (Character.isWhitespace(line.charAt(from)) || SEPARATORS.indexOf(line.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from
                && (Character.isWhitespace(line.charAt(to - 1)) || SEPARATORS.indexOf(line.charAt(to - 1)) >= 0)) {
            to--;
        }
        return line.substring(from, to).strip();
    }

    private static String joined(List<String> pieces, CharSequence separators, int from, int to) {
        StringBuilder text = new StringBuilder(pieces.get(from));
        for (int k = from + 1; k <= to; k++) {
            text.append(separators.charAt(k - 1)).append(pieces.get(k));
        }
        return text.toString().strip();
    }

    /**
     * Whether a cell of one line was cut into {@code values} although neither it nor any of them is {@code known}:
     * a guess that a person should see (decision 0031).
     */
    static boolean cutBlind(Cell cell, List<String> values, Predicate<String> known) {
        String text = cell.text();
        return values.size() > 1
                && text.indexOf('\n') < 0
                && text.indexOf('\r') < 0
                && values.stream().noneMatch(known);
    }

    /** The values a cell names more than once, each once, in the order of their first repeat. */
    static List<String> repeated(Cell cell, Predicate<String> known) {
        return repeated(values(cell.text(), known));
    }

    /** The values of {@code values} (a cell's, as {@link #values} gives them) that are there more than once. */
    static List<String> repeated(List<String> values) {
        if (values.size() < 2) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                twice.add(value);
            }
        }
        return List.copyOf(twice);
    }

    /** Whether a value, written alone in a cell of a list, reads back as itself. */
    static boolean standsAlone(String value) {
        return values(value, any -> false).equals(List.of(value));
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
        return withoutBlanks(Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
    }

    /**
     * {@code text} without the blanks a regular expression's {@code \\s} matches (space, tab, line feed, vertical
     * tab, form feed, carriage return), by a loop: a command that read a ledger compiled the expression once per
     * cell.
     */
    static String withoutBlanks(String text) {
        int first = 0;
        while (first < text.length() && !isBlank(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBlank(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
