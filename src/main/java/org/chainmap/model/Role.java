package org.chainmap.model;

import java.util.Optional;

/** What an enterprise is to its chain. */
public enum Role implements Keyword {
    /** 链主 / 龙头: the chain leader around which the chain is organised. */
    LEADER("leader"),
    /** 配套: a supplier of parts, materials or processing. */
    SUPPLIER("supplier"),
    /** 服务: logistics, testing, finance and other services. */
    SERVICE("service");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant written as {@code id} in a file, if there is one. */
    public static Optional<Role> fromId(String id) {
        return Keyword.parse(Role.class, id);
    }
}
