package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed program's two launchers (docs/packaging.md): the `chainmap` command of the Linux package
 * (packaging/chainmap-command.sh) starts the window's launcher exactly when {@link org.chainmap.Main} would open
 * the window, and the command line's otherwise; every installer gets the command line's launcher, with C1 alone
 * and the serial collector, and the window's keeps C2.
 */
class CommandLaunchersTest {

    private static final Path COMMAND = Path.of("packaging", "chainmap-command.sh");
    private static final Path BUILD = Path.of("packaging", "build-installer.sh");

    @TempDir
    Path dir;

    @Test
    void theCommandKnowsEveryCommandOfTheProgram() throws IOException {
        Matcher list = Pattern.compile("(?m)^commands=\" (.*) \"$").matcher(Files.readString(COMMAND));
        assertThat(list.find()).as("the list of commands in %s", COMMAND).isTrue();
        assertThat(List.of(list.group(1).split(" "))).containsExactlyElementsOf(Cli.commandNames());
    }

    @Test
    void theCommandStartsTheWindowWhereMainWouldOpenItAndTheCommandLineOtherwise() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        Path bin = Files.createDirectories(dir.resolve("opt bin"));
        Path command = Files.copy(COMMAND, bin.resolve("chainmap"));
        for (String launcher : List.of("ChainMap", "chainmap-cli")) {
            Files.writeString(bin.resolve(launcher), "#!/bin/sh\necho " + launcher + " \"$#\"\n");
        }
        for (Path file : List.of(command, bin.resolve("ChainMap"), bin.resolve("chainmap-cli"))) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path link = Files.createSymbolicLink(dir.resolve("chainmap"), command); // as /usr/bin/chainmap
        String notes = Files.writeString(dir.resolve("notes.txt"), "x").toString();
        String folder = Files.createDirectories(dir.resolve("a folder")).toString();
        List<List<String>> cases = new ArrayList<>(List.of(
                List.of(),
                List.of("hengyang.json"),
                List.of("地图 衡阳.JSON"),
                List.of(notes),
                List.of(dir.resolve("no such file.txt").toString()),
                List.of(folder),
                List.of("help"),
                List.of("--help"),
                List.of("--version"),
                List.of("-x.json"),
                List.of(""),
                List.of("hengyang.json", "other.json"),
                List.of("validate", "hengyang.json"),
                List.of("gaps", "hengyang.json", "--format", "json"),
                List.of("compare", "a.json", "b.json")));
        for (String name : Cli.commandNames()) {
            cases.add(List.of(name));
        }
        for (List<String> args : cases) {
            boolean window = args.isEmpty() || (args.size() == 1 && Cli.isMapFileArgument(args.get(0)));
            String expected = (window ? "ChainMap " : "chainmap-cli ") + args.size();
            assertThat(run(link, args)).as("chainmap %s", args).isEqualTo(expected);
        }
    }

    @Test
    void everyInstallerGetsTheCommandLineLauncherAndTheWindowKeepsC2() throws IOException {
        String script = Files.readString(BUILD);
        Matcher options = Pattern.compile("(?m)^cli_options='(.*)'$").matcher(script);
        assertThat(options.find()).isTrue();
        assertThat(Arrays.asList(options.group(1).split("\\\\n ")))
                .contains(
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseParallelGC",
                        "-Xms768m",
                        "-Xmn128m",
                        "-Xlog:all=warning:stderr")
                // after the warnings' own line, or that line would bring them back: no page-size warning at each
                // command where the system's transparent huge pages are off
                .containsSubsequence("-Xlog:all=warning:stderr", "-Xlog:pagesize=error:stderr");
        for (String type : List.of("deb", "msi", "dmg")) {
            String branch = script.substring(script.indexOf("  " + type + ")\n"));
            branch = branch.substring(0, branch.indexOf(";;"));
            assertThat(branch).as(type).contains("--add-launcher \"$(cli_launcher");
            // the window's C2 later for methods, not for loops (decision 0064)
            assertThat(branch).as(type).contains("\"${window_options[@]}\"");
        }
        Matcher window = Pattern.compile("(?ms)^window_options=\\((.*?)\\)$").matcher(script);
        assertThat(window.find()).isTrue();
        assertThat(window.group(1))
                .contains(
                        "-XX:Tier4InvocationThreshold=20000",
                        "-XX:Tier4MinInvocationThreshold=2400",
                        "-XX:Tier4CompileThreshold=60000")
                .doesNotContain("BackEdge");
        assertThat(script.lines().filter(line -> line.contains("--java-options")))
                .as("the window's options")
                .isNotEmpty()
                .noneMatch(line -> line.contains("TieredStopAtLevel") || line.contains("GC") || line.contains("-Xm"));
        assertThat(script)
                .contains("install -m 755 packaging/chainmap-command.sh \"$out/image/ChainMap/bin/chainmap\"");
    }

    @Test
    void theCommandStartsTheRuntimeWithExactlyWhatTheLauncherWouldGiveIt() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        Path root = dir.resolve("opt 产业链/chainmap");
        Path command = image(root);
        String app = root.resolve("lib/app").toString();
        Path link = Files.createSymbolicLink(dir.resolve("chainmap"), command); // as /usr/bin/chainmap
        List<String> args = List.of("gaps", "地图 衡阳.json", "", "--format", "json", "a  b", "$APPDIR", "*");
        List<String> expected = new ArrayList<>(List.of("-classpath", app + "/chainmap.jar"));
        for (String option : cliOptions()) {
            expected.add(option.replace("$APPDIR", app));
        }
        expected.addAll(List.of("-Djpackage.app-path=" + root.resolve("bin/chainmap-cli"), "org.chainmap.Main"));
        expected.addAll(args);
        Result cli = start(link, args, dir.resolve("a folder"), "from standard input");
        assertThat(cli.exit()).as("the exit code passed on").isEqualTo(7);
        assertThat(cli.lines()).containsExactlyElementsOf(with(expected, dir.resolve("a folder")));
        assertThat(expected)
                .as("decision 0049: the command line's options")
                .contains(
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseParallelGC",
                        "-Xms768m",
                        "-XX:SharedArchiveFile=" + app + "/chainmap-cli.jsa");

        expected = new ArrayList<>(List.of("-classpath", app + "/chainmap.jar"));
        for (String option : windowOptions()) {
            expected.add(option.replace("$APPDIR", app));
        }
        expected.addAll(List.of("-Djpackage.app-path=" + root.resolve("bin/ChainMap"), "org.chainmap.Main"));
        assertThat(start(link, List.of(), dir, "").lines()).containsExactlyElementsOf(with(expected, dir));
        expected.add("衡阳 map.json");
        assertThat(start(link, List.of("衡阳 map.json"), dir, "").lines()).containsExactlyElementsOf(with(expected, dir));
        assertThat(expected).noneMatch(option -> option.contains("TieredStopAtLevel") || option.contains("ParallelGC"));
    }

    @Test
    void aConfigurationTheCommandDoesNotKnowGoesThroughJpackagesLauncher() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        Path root = dir.resolve("chainmap");
        Path command = image(root);
        Path cfg = root.resolve("lib/app/chainmap-cli.cfg");
        Files.writeString(cfg, Files.readString(cfg) + "\n[ArgOptions]\narguments=--default\n");
        Files.writeString(root.resolve("bin/chainmap-cli"), "#!/bin/sh\necho launcher \"$@\"\n");
        Files.setPosixFilePermissions(root.resolve("bin/chainmap-cli"), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(start(command, List.of("validate", "a b.json"), dir, "").lines())
                .containsExactly("launcher validate a b.json");
        assertThat(start(command, List.of(), dir, "").lines()).contains("org.chainmap.Main");
    }

    /**
     * An installed image as jpackage makes it under {@code root}: the command, the two launchers' configurations
     * with the options build-installer.sh gives them, and a runtime whose java prints its arguments, its
     * working folder and its standard input, and exits with 7.
     */
    private static Path image(Path root) throws IOException {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path app = Files.createDirectories(root.resolve("lib/app"));
        Path java = Files.createDirectories(root.resolve("lib/runtime/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\npwd\ncat\nexit 7\n");
        Files.writeString(app.resolve("ChainMap.cfg"), cfg(windowOptions()));
        Files.writeString(app.resolve("chainmap-cli.cfg"), cfg(cliOptions()));
        Path command = Files.copy(COMMAND, bin.resolve("chainmap"));
        for (Path file : List.of(command, java)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return command;
    }

    /** A launcher's configuration as jpackage 17 writes it (lib/app/NAME.cfg). */
    private static String cfg(List<String> options) {
        StringBuilder text = new StringBuilder("[Application]\napp.classpath=$APPDIR/chainmap.jar\n"
                + "app.mainclass=org.chainmap.Main\n\n[JavaOptions]\n");
        options.forEach(option -> text.append("java-options=").append(option).append('\n'));
        return text.toString();
    }

    /** The window launcher's Java options in the .deb: jpackage's version, then build-installer.sh's. */
    private static List<String> windowOptions() throws IOException {
        String script = Files.readString(BUILD);
        String deb = script.substring(script.indexOf("  deb)\n"), script.indexOf("  msi)\n"));
        List<String> options = new ArrayList<>(List.of("-Djpackage.app-version=0.1.0"));
        Matcher option = Pattern.compile("--java-options '([^']*)'").matcher(deb);
        while (option.find()) {
            options.add(option.group(1));
        }
        return options;
    }

    /** The command-line launcher's Java options in the .deb: its archive's, then cli_options. */
    private static List<String> cliOptions() throws IOException {
        String script = Files.readString(BUILD);
        String deb = script.substring(script.indexOf("  deb)\n"), script.indexOf("  msi)\n"));
        Matcher first = Pattern.compile("cli_launcher '([^']*)'").matcher(deb);
        Matcher rest = Pattern.compile("(?m)^cli_options='(.*)'$").matcher(script);
        assertThat(first.find() && rest.find()).isTrue();
        List<String> options = new ArrayList<>(List.of("-Djpackage.app-version=0.1.0"));
        options.addAll(Arrays.asList((first.group(1) + rest.group(1)).split("\\\\n ")));
        return options;
    }

    /** What the fake java prints: its arguments, then the working folder, then what it read. */
    private static List<String> with(List<String> arguments, Path folder) {
        List<String> lines = new ArrayList<>(arguments);
        lines.add(folder.toString());
        return lines;
    }

    private record Result(int exit, List<String> lines) {}

    private static Result start(Path command, List<String> args, Path folder, String input) throws Exception {
        List<String> line = new ArrayList<>(List.of(command.toString()));
        line.addAll(args);
        Files.createDirectories(folder);
        Process process = new ProcessBuilder(line).directory(folder.toFile()).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(out.lines().toList());
        if (!input.isEmpty()) {
            assertThat(lines.remove(lines.size() - 1)).as("standard input").isEqualTo(input);
        }
        return new Result(process.exitValue(), lines);
    }

    private static String run(Path command, List<String> args) throws Exception {
        List<String> line = new ArrayList<>(List.of(command.toString()));
        line.addAll(args);
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
