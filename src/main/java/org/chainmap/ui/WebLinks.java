package org.chainmap.ui;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Opens a source's web address in the user's browser. The application hands in JavaFX's
 * {@code HostServices::showDocument} when it starts; until then (and in tests that hand in their own) nothing
 * else is called. Only {@code http} and {@code https} addresses are ever passed on: a map file is data, and a
 * {@code file:} or {@code javascript:} address in it must not run anything.
 */
public final class WebLinks {

    private static volatile Consumer<String> opener = address -> {};

    private WebLinks() {}

    /** Opens addresses with {@code browser} from now on. */
    public static void use(Consumer<String> browser) {
        opener = Objects.requireNonNull(browser, "browser");
    }

    /** Whether {@code address} is one ChainMap opens: an http or https address. */
    public static boolean opens(String address) {
        return org.chainmap.model.Source.isWebAddress(address);
    }

    /** Opens {@code address} in the browser if it is a web address; returns whether it was handed on. */
    public static boolean open(String address) {
        if (!opens(address)) {
            return false;
        }
        opener.accept(address.strip());
        return true;
    }
}
