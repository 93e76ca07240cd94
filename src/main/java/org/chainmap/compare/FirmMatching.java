package org.chainmap.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;

/**
 * Which firm of the old map each firm of the new map is: first by id, then, among the firms left, by unified
 * social credit code, then by name. Each step matches one to one: a credit code or a name that two firms left on
 * either side share matches none of them. Linear in the number of firms.
 */
public final class FirmMatching {

    private final Map<String, Enterprise> newByOld;
    private final Map<String, Enterprise> oldByNew;
    private final Map<String, MatchedBy> how;
    private final List<Enterprise> beforeFirms;
    private final List<Enterprise> afterFirms;

    private FirmMatching(List<Enterprise> beforeFirms, List<Enterprise> afterFirms) {
        this.beforeFirms = beforeFirms;
        this.afterFirms = afterFirms;
        // sized for the firms kept: a large map's matching otherwise grows each map a dozen times
        int most = Math.min(beforeFirms.size(), afterFirms.size()) * 2;
        newByOld = new HashMap<>(most);
        oldByNew = new HashMap<>(most);
        how = new HashMap<>(most);
    }

    /** Matches the firms of {@code after} to those of {@code before}. */
    public static FirmMatching of(RegionMap before, RegionMap after) {
        FirmMatching matching = new FirmMatching(before.enterprises(), after.enterprises());
        Map<String, Enterprise> oldById = new HashMap<>(before.enterprises().size() * 2);
        before.enterprises().forEach(firm -> oldById.putIfAbsent(firm.id(), firm));
        List<Enterprise> leftNew = new ArrayList<>();
        for (Enterprise firm : after.enterprises()) {
            Enterprise old = oldById.get(firm.id());
            if (old != null && !matching.newByOld.containsKey(old.id()) && !matching.oldByNew.containsKey(firm.id())) {
                matching.match(old, firm, MatchedBy.ID);
            } else {
                leftNew.add(firm);
            }
        }
        List<Enterprise> leftOld = new ArrayList<>();
        for (Enterprise firm : before.enterprises()) {
            if (!matching.newByOld.containsKey(firm.id())) {
                leftOld.add(firm);
            }
        }
        matching.byKey(leftOld, leftNew, firm -> code(firm.creditCode()), MatchedBy.CREDIT_CODE);
        leftOld.removeIf(firm -> matching.newByOld.containsKey(firm.id()));
        leftNew.removeIf(firm -> matching.oldByNew.containsKey(firm.id()));
        matching.byKey(leftOld, leftNew, firm -> name(firm.name()), MatchedBy.NAME);
        return matching;
    }

    /** Matches the firms whose key (never {@code null}) is unique on both sides. */
    private void byKey(
            List<Enterprise> leftOld, List<Enterprise> leftNew, Function<Enterprise, String> key, MatchedBy by) {
        Map<String, Enterprise> oldByKey = unique(leftOld, key);
        Map<String, Enterprise> newByKey = unique(leftNew, key);
        for (Enterprise firm : leftNew) {
            String k = key.apply(firm);
            if (k == null || newByKey.get(k) != firm) {
                continue;
            }
            Enterprise old = oldByKey.get(k);
            if (old != null) {
                match(old, firm, by);
            }
        }
    }

    /** The firms by key, for keys only one firm has. */
    private static Map<String, Enterprise> unique(List<Enterprise> firms, Function<Enterprise, String> key) {
        Map<String, Enterprise> byKey = new HashMap<>();
        Map<String, Boolean> shared = new HashMap<>();
        for (Enterprise firm : firms) {
            String k = key.apply(firm);
            if (k != null && byKey.putIfAbsent(k, firm) != null) {
                shared.put(k, true);
            }
        }
        shared.keySet().forEach(byKey::remove);
        return byKey;
    }

    private void match(Enterprise old, Enterprise firm, MatchedBy by) {
        newByOld.put(old.id(), firm);
        oldByNew.put(firm.id(), old);
        how.put(firm.id(), by);
    }

    /** A credit code as compared: without spaces, in capitals; {@code null} when none. */
    static String code(String creditCode) {
        if (creditCode == null || creditCode.isBlank()) {
            return null;
        }
        return creditCode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** A name as compared: without spaces at the ends; {@code null} when empty. */
    static String name(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }

    /** The new map's firm matched to the old map's firm {@code oldId}; {@code null} when it was removed. */
    public Enterprise inNew(String oldId) {
        return newByOld.get(oldId);
    }

    /** The old map's firm matched to the new map's firm {@code newId}; {@code null} when it was added. */
    public Enterprise inOld(String newId) {
        return oldByNew.get(newId);
    }

    /** How the new map's firm {@code newId} was matched; {@code null} when it was added. */
    public MatchedBy how(String newId) {
        return how.get(newId);
    }

    /** The old map's id {@code oldId} as the new map's, or itself when the firm was removed. */
    public String newId(String oldId) {
        Enterprise firm = newByOld.get(oldId);
        return firm == null ? oldId : firm.id();
    }

    /** The old map's firms, in its order. */
    List<Enterprise> beforeFirms() {
        return beforeFirms;
    }

    /** The new map's firms, in its order. */
    List<Enterprise> afterFirms() {
        return afterFirms;
    }

    /** The number of firms matched. */
    public int size() {
        return oldByNew.size();
    }
}
