package org.chainmap.model;

import java.util.Optional;

/** The five lists (五单) kept for every chain. */
public enum ListKind implements Keyword {
    /** 发展目标清单: development targets. */
    GOALS("goals"),
    /** 在建重大项目清单: major projects under construction. */
    PROJECTS("projects"),
    /** 招商引资重点项目清单: key investment-promotion projects. */
    PROMOTIONS("promotions"),
    /** 重点问题清单: key problems. */
    PROBLEMS("problems"),
    /** 可产业化的主要科研成果清单: research results ready for industrialisation. */
    RESEARCH("research");

    private final String id;

    ListKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant written as {@code id} in a file, if there is one. */
    public static Optional<ListKind> fromId(String id) {
        return Keyword.parse(ListKind.class, id);
    }
}
