/**
 * The headless commands of {@code chainmap.jar} for scripts and people at a terminal ({@code validate},
 * {@code info}, …): {@link org.chainmap.cli.Cli} parses the command line and runs one
 * {@link org.chainmap.cli.Command}. Output is UTF-8, texts are in the user's language, exit codes are
 * 0 done, 1 bad input, 2 wrong command line.
 *
 * <p>Uses every layer but {@code ui}.
 */
package org.chainmap.cli;
