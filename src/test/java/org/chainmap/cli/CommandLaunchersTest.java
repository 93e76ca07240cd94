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
                .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:all=warning:stderr");
        for (String type : List.of("deb", "msi", "dmg")) {
            String branch = script.substring(script.indexOf("  " + type + ")\n"));
            branch = branch.substring(0, branch.indexOf(";;"));
            assertThat(branch).as(type).contains("--add-launcher \"$(cli_launcher");
        }
        assertThat(script.lines().filter(line -> line.contains("--java-options")))
                .as("the window's options")
                .isNotEmpty()
                .noneMatch(line -> line.contains("TieredStopAtLevel") || line.contains("UseSerialGC"));
        assertThat(script)
                .contains("install -m 755 packaging/chainmap-command.sh \"$out/image/ChainMap/bin/chainmap\"");
    }

    private static String run(Path command, List<String> args) throws Exception {
        List<String> line = new ArrayList<>(List.of(command.toString()));
        line.addAll(args);
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
