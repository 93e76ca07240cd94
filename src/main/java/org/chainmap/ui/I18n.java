package org.chainmap.ui;

import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.GapKind;
import org.chainmap.model.Certainty;
import org.chainmap.model.Role;
import org.chainmap.model.Stage;
import org.chainmap.model.UserLanguage;
import org.chainmap.text.Bundle;
import org.chainmap.text.DataWords;
import org.chainmap.text.Money;

/**
 * The one entry point for the user interface's text: every word on screen comes from
 * {@code org/chainmap/ui/messages.properties} (English) or {@code messages_zh.properties} (Chinese)
 * through {@link #text}.
 *
 * <p>An instance is the text of one language and never changes; switching language means taking another
 * instance, which is what lets the whole window change at once. Patterns use {@link java.text.MessageFormat}
 * syntax, always, so a single quote is written {@code ''} in every message.
 */
public final class I18n {

    /** The system property that chooses the language, overriding the system's: {@code zh} or {@code en}. */
    public static final String LANGUAGE_PROPERTY = UserLanguage.PROPERTY;

    /** Chinese (simplified), the language of the maps. */
    public static final Locale CHINESE = UserLanguage.CHINESE;

    /** English. */
    public static final Locale ENGLISH = UserLanguage.ENGLISH;

    /** The languages the interface speaks, in the order the View menu offers them. */
    public static final List<Locale> LANGUAGES = List.of(CHINESE, ENGLISH);

    static final String BUNDLE = "org.chainmap.ui.messages";

    private final Locale locale;
    private final Bundle bundle;
    private final DataWords dataWords;

    private I18n(Locale locale) {
        this.locale = locale;
        this.dataWords = DataWords.of(locale);
        // Without this control, English would fall back to the system's Chinese bundle on a Chinese system.
        this.bundle = Bundle.of(BUNDLE, locale, I18n.class);
    }

    /** The text of {@code locale}'s language: Chinese for any Chinese locale, English otherwise. */
    public static I18n of(Locale locale) {
        return new I18n(supported(locale));
    }

    /** The language to start in: see {@link UserLanguage#detect()}. */
    public static Locale startLanguage() {
        return UserLanguage.detect();
    }

    /** The supported language closest to {@code locale}. */
    public static Locale supported(Locale locale) {
        return UserLanguage.supported(locale);
    }

    /** The language of this text. */
    public Locale locale() {
        return locale;
    }

    /** Whether this text is Chinese. */
    public boolean isChinese() {
        return locale.equals(CHINESE);
    }

    /** Whether the bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.has(key);
    }

    /**
     * The message {@code key} with {@code args} filled in. A missing key shows as the key itself, so that a
     * slip is visible on screen rather than fatal; {@code I18nTest} makes sure none is missing.
     */
    public String text(String key, Object... args) {
        return bundle.textOrKey(key, args);
    }

    /** The name of a stage: 上游, 中游, 下游. */
    public String stage(Stage stage) {
        return text(stageKey(stage));
    }

    /** The name of an enterprise's role: 链主, 配套, 服务. */
    public String role(Role role) {
        return text(roleKey(role));
    }

    /** The name of a certainty: 已核实, 推断. */
    public String certainty(Certainty certainty) {
        return text(certaintyKey(certainty));
    }

    /** A firm's tag in this language: "above scale" for 规上 in English; a free tag as written. */
    public String tag(String tag) {
        return dataWords.tag(tag);
    }

    /** A firm's tags, each in this language ({@link #tag}). */
    public List<String> tags(List<String> tags) {
        return dataWords.tags(tags);
    }

    /** The state of a list item in this language: "under construction" for 在建; free text as written. */
    public String listStatus(String status) {
        return dataWords.status(status);
    }

    /** The name of a kind of gap: 缺链, 弱链, 断链, 卡脖子, 延链, 关键节点企业. */
    public String gapKind(GapKind kind) {
        return text(gapKey("gap.kind.", kind));
    }

    /** The short word that marks a kind of gap on screen: 缺, 弱, 断, 卡, 延, 关键. */
    public String gapBadge(GapKind kind) {
        return text(gapKey("gap.badge.", kind));
    }

    /** What the mark of a kind of gap means, for the legend. */
    public String gapLegend(GapKind kind) {
        return text(gapKey("gap.legend.", kind));
    }

    /** How many gaps of a kind a chain has, as the chain list says it: 缺 3. */
    public String gapCount(GapKind kind, int count) {
        return text(gapKey("chain.gapCount.", kind), count);
    }

    /** The chain list's short form of {@link #gapCount}, for a narrow list: 缺3, 3m. */
    public String gapCountShort(GapKind kind, int count) {
        return text(gapKey("chain.gapCountShort.", kind), count);
    }

    /** How many gaps of a kind a chain has, as its heading says it: 3 个环节. */
    public String gapTotal(GapKind kind, int count) {
        return text(gapKey("chain.gapTotal.", kind), count);
    }

    /** The name of a language in that language: 中文, English. */
    public String languageName(Locale language) {
        return text("language." + supported(language).getLanguage());
    }

    /**
     * An amount of money in yuan, in the units a reader of this language expects: 15 亿元 in Chinese,
     * CNY 1.5 bn in English.
     */
    public String money(long yuan) {
        return Money.format(yuan, locale);
    }

    /** A count as planners write it: 9,876; 2.8万 (Chinese) or 28.2 thousand (English) from ten thousand. */
    public String count(long things) {
        return Money.count(things, locale);
    }

    static String stageKey(Stage stage) {
        return "stage." + stage.id();
    }

    static String roleKey(Role role) {
        return "role." + role.id();
    }

    static String gapKey(String prefix, GapKind kind) {
        return prefix + kind.id();
    }

    static String certaintyKey(Certainty certainty) {
        return "certainty." + certainty.id();
    }
}
