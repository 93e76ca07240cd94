package org.chainmap.render;

/**
 * The words a drawing shows, in the user's language: the caller (screen or export) takes them from its
 * bundle, so that the drawing routine holds no text of its own.
 *
 * @param upstream the upstream column's title (上游)
 * @param midstream the midstream column's title (中游)
 * @param downstream the downstream column's title (下游)
 * @param missing the mark of a missing segment (缺)
 * @param weak the mark of a weak segment (弱)
 * @param broken the mark of a broken feed (断)
 * @param chokepoint the mark of a chokepoint supplier (卡)
 * @param extend the mark of an extend segment (延)
 */
public record PaintWords(
        String upstream,
        String midstream,
        String downstream,
        String missing,
        String weak,
        String broken,
        String chokepoint,
        String extend) {

    /** The Chinese marks, as planners write them. */
    public static final PaintWords CHINESE = new PaintWords("上游", "中游", "下游", "缺", "弱", "断", "卡", "延");
}
