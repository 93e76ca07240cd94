package org.chainmap.analysis;

import org.chainmap.model.Keyword;

/** The kinds of gap, in the order reports list them. The rules are in {@code docs/gaps.md}. */
public enum GapKind implements Keyword {
    /** 缺链: a segment with no local firm. */
    MISSING("missing"),
    /** 弱链: local firms, but fewer than the threshold or none above designated size. */
    WEAK("weak"),
    /** 断链: local customers of a segment buy all of another segment's supply from outside. */
    BROKEN("broken"),
    /** 卡脖子: local customers of a segment depend on one supplier for another segment's supply. */
    CHOKEPOINT("chokepoint"),
    /** 延链: a segment that local output feeds, with no local firm of its own. */
    EXTEND("extend"),
    /** A local firm whose removal splits the local supply network. */
    CUTPOINT("cutpoint");

    private final String id;

    GapKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
