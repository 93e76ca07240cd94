package org.chainmap.ui.files;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;
import org.chainmap.ui.I18n;
import org.chainmap.ui.Selection;

/**
 * A problem of the open map in the user's words: not at {@code $.enterprises[15]} but about 企业“玉兔钛业”,
 * with what a click on it selects. The JSON path a problem carries is read back against the map to find the
 * chain, segment, firm, link or target it is about.
 *
 * @param line the problem in words, the thing it is about named first
 * @param chain the chain to show when the problem is clicked; {@code null} when it is on no chain's map
 * @param selection the segment or firm to select in {@code chain}; {@code null} for the chain alone
 */
public record ProblemWords(String line, Chain chain, Selection selection) {

    private static final Pattern CHAIN = Pattern.compile("^\\$\\.chains\\[(\\d+)](?:\\.segments\\[(\\d+)])?");
    private static final Pattern ITEM = Pattern.compile("^\\$\\.(enterprises|links|targets)\\[(\\d+)]");

    /** Whether a click on the problem selects something. */
    boolean selectable() {
        return chain != null;
    }

    /** {@code problem} of {@code map} in the words of {@code text}. */
    static ProblemWords of(RegionMap map, Problem problem, I18n text) {
        String severity =
                text.text("problem.severity." + problem.severity().name().toLowerCase(java.util.Locale.ROOT));
        String message = problem.message(text.locale());
        Matcher chainPath = CHAIN.matcher(problem.path());
        Matcher itemPath = ITEM.matcher(problem.path());
        if (map != null && chainPath.find()) {
            Chain chain = at(map.chains(), chainPath.group(1));
            Segment segment =
                    chain == null || chainPath.group(2) == null ? null : at(chain.segments(), chainPath.group(2));
            if (segment != null) {
                return about(
                        text,
                        severity,
                        text.text("problem.segment", segment.name(), chain.name()),
                        message,
                        chain,
                        new Selection.OfSegment(segment));
            }
            if (chain != null) {
                return about(text, severity, text.text("problem.chain", chain.name()), message, chain, null);
            }
        }
        if (map != null && itemPath.find()) {
            String index = itemPath.group(2);
            switch (itemPath.group(1)) {
                case "enterprises" -> {
                    Enterprise firm = at(map.enterprises(), index);
                    if (firm != null) {
                        return firm(map, firm, severity, message, problem, text);
                    }
                }
                case "links" -> {
                    SupplyLink link = at(map.links(), index);
                    if (link != null) {
                        String from = map.enterprise(link.from())
                                .map(Enterprise::name)
                                .orElse(link.from());
                        String to =
                                map.enterprise(link.to()).map(Enterprise::name).orElse(link.to());
                        Optional<Enterprise> supplier = map.enterprise(link.from());
                        ProblemWords onSupplier = supplier.map(f -> firm(map, f, severity, message, problem, text))
                                .orElse(null);
                        return about(
                                text,
                                severity,
                                text.text("problem.link", from, to),
                                message,
                                onSupplier == null ? null : onSupplier.chain(),
                                onSupplier == null ? null : onSupplier.selection());
                    }
                }
                default -> {
                    Target target = at(map.targets(), index);
                    if (target != null) {
                        Chain chain = map.chainOfSegment(target.segment()).orElse(null);
                        Selection selection = map.segment(target.segment())
                                .map(Selection.OfSegment::new)
                                .orElse(null);
                        return about(
                                text, severity, text.text("problem.target", target.name()), message, chain, selection);
                    }
                }
            }
        }
        String place = problem.line() > 0 ? problem.place(text.locale()) : problem.path();
        return new ProblemWords(text.text("problem.line", severity, place, message), null, null);
    }

    private static ProblemWords firm(
            RegionMap map, Enterprise firm, String severity, String message, Problem problem, I18n text) {
        String subject = text.text("problem.enterprise", firm.name());
        Optional<Segment> main = firm.segments().isEmpty() ? Optional.empty() : map.segment(firm.mainSegment());
        Chain chain = main.flatMap(segment -> map.chainOfSegment(segment.id())).orElse(null);
        Selection selection = main.map(segment -> (Selection) new Selection.OfEnterprise(firm, segment))
                .orElse(null);
        String key = "problem.words." + problem.key();
        if (text.has(key)) {
            return new ProblemWords(
                    text.text("problem.line.whole", severity, text.text(key, firm.name())), chain, selection);
        }
        return about(text, severity, subject, message, chain, selection);
    }

    private static ProblemWords about(
            I18n text, String severity, String subject, String message, Chain chain, Selection selection) {
        return new ProblemWords(text.text("problem.line", severity, subject, message), chain, selection);
    }

    private static <T> T at(java.util.List<T> items, String index) {
        try {
            int i = Integer.parseInt(index);
            return i < items.size() ? items.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
