package org.chainmap;

import java.nio.file.Path;
import org.chainmap.cli.Cli;
import org.chainmap.platform.JavaFxNatives;

/**
 * The entry point of {@code chainmap.jar}: with no arguments, or with only a map file, it opens the
 * application; with a command ({@code validate}, {@code info}, …) it runs that command headless and exits
 * with its code.
 *
 * <p>This class does not extend {@code javafx.application.Application}, which is what lets a jar that
 * carries JavaFX on the class path start at all; and it touches JavaFX only on the application's path,
 * so that commands run on machines without a display.
 */
public final class Main {

    private static final String LOG4J_FACTORY = "log4j2.loggerContextFactory";
    private static final String LOG4J_LEVEL = "org.apache.logging.log4j.simplelog.level";

    private Main() {}

    /** Opens the application or runs a command; see {@code java -jar chainmap.jar --help}. */
    public static void main(String[] args) {
        // POI and FontBox log through the Log4j API, whose jar comes without a logging back end: its own simple
        // logger instead of a complaint that it found none. Its level is OFF (log4j2.simplelog.properties): what
        // goes wrong is told by ChainMap's own message, never by their lines and stack traces before it.
        // CHAINMAP_DEBUG=1 brings their errors back on standard error.
        if (System.getProperty(LOG4J_FACTORY) == null) {
            System.setProperty(LOG4J_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getenv("CHAINMAP_DEBUG") != null && System.getProperty(LOG4J_LEVEL) == null) {
            System.setProperty(LOG4J_LEVEL, "ERROR");
        }
        // The jar carries JavaFX's natives of every desktop, each in a folder of its own: this desktop's are
        // made findable before anything asks JavaFX for a window or a picture.
        JavaFxNatives.prepare();
        if (args.length == 0) {
            org.chainmap.ui.ChainMapApp.start(null);
        } else if (args.length == 1 && Cli.isMapFileArgument(args[0])) {
            org.chainmap.ui.ChainMapApp.start(Path.of(args[0]));
        } else {
            System.exit(Cli.run(args));
        }
    }
}
