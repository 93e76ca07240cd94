package org.chainmap.cli;

import java.util.List;

/** One headless command of {@code chainmap.jar}, such as {@code validate}. */
interface Command {

    /** The word that selects the command. */
    String name();

    /** The bundle key prefix of the command's texts: {@code KEY.summary} and {@code KEY.usage}. */
    default String messageKey() {
        return "command." + name();
    }

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name
     * @return the exit code: 0 done, 1 the input is bad or the work failed
     * @throws UsageException if the arguments are wrong (exit code 2)
     */
    int run(List<String> args, Console console) throws UsageException;
}
