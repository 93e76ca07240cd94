package org.chainmap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release pipeline (.github/workflows/release.yml) keeps its shape: an installer of each kind, built on a
 * runner of its system and processor by packaging/build-installer.sh with a type that script knows, uploaded.
 */
class ReleaseWorkflowTest {

    private static final Path WORKFLOW = Path.of(".github", "workflows", "release.yml");
    private static final Path SCRIPT = Path.of("packaging", "build-installer.sh");

    private static JsonNode jobs;

    @BeforeAll
    static void read() throws IOException {
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
        jobs = workflow.path("jobs");
        assertThat(workflow.path("on").path("push").path("tags").toString())
                .as("runs on a pushed tag")
                .contains("v*");
    }

    @Test
    void thereIsAJobForEachInstaller() {
        assertThat(names(jobs)).containsExactlyInAnyOrder("deb", "msi", "dmg");
    }

    @Test
    void eachInstallerIsBuiltOnItsOwnSystemAndProcessors() {
        assertThat(runners("deb")).containsExactlyInAnyOrder("ubuntu-22.04", "ubuntu-22.04-arm");
        assertThat(runners("msi")).containsExactly("windows-latest");
        assertThat(runners("dmg")).containsExactlyInAnyOrder("macos-15-intel", "macos-15");
    }

    @Test
    void eachJobBuildsTheJarThenItsTypeOfInstaller() throws IOException {
        String script = Files.readString(SCRIPT);
        for (String type : List.of("deb", "msi", "dmg")) {
            List<String> runs = runs(type);
            int jar = indexOf(runs, "mvn -B -ntp -DskipTests package");
            int installer = indexOf(runs, "packaging/build-installer.sh " + type);
            assertThat(jar).as("%s builds the jar", type).isNotNegative();
            assertThat(installer)
                    .as("%s builds its installer after the jar", type)
                    .isGreaterThan(jar);
            assertThat(script).as("the script knows %s", type).contains("jpackage --type " + type);
            assertThat(uploads(type)).as("%s uploads its installer", type).contains("target/packaging/*." + type);
        }
    }

    @Test
    void theLinuxPackageIsInstalledAndCheckedBeforeItIsUploaded() {
        List<String> runs = runs("deb");
        assertThat(indexOf(runs, "packaging/check-deb.sh"))
                .isGreaterThan(indexOf(runs, "packaging/build-installer.sh deb"));
        assertThat(String.join("\n", runs)).contains("fakeroot");
        // The class list of a window start (packaging/class-list.sh) needs a display: Xvfb on the runner.
        assertThat(String.join("\n", runs)).contains("xvfb");
    }

    @Test
    void theWindowsAndMacInstallersRunTheirProgramBeforeTheyAreUploaded() {
        // Neither can be built here: their runners install (.msi) or open (.dmg) them and run the installed
        // command-line launcher on the shipped map, so that an installer whose program does not start is not released.
        List<String> msi = runs("msi");
        int installed = indexOf(msi, "\"C:\\Program Files\\ChainMap\\chainmap-cli.exe\" validate maps/hengyang.json");
        assertThat(installed).isGreaterThan(indexOf(msi, "packaging/build-installer.sh msi"));
        assertThat(msi.get(installed)).contains("msiexec.exe", "/i ", "/x ", "$LASTEXITCODE");
        List<String> dmg = runs("dmg");
        int opened =
                indexOf(dmg, "/Volumes/ChainMap/ChainMap.app/Contents/MacOS/chainmap-cli validate maps/hengyang.json");
        assertThat(opened).isGreaterThan(indexOf(dmg, "packaging/build-installer.sh dmg"));
        assertThat(dmg.get(opened)).contains("hdiutil attach", "hdiutil detach");
    }

    @Test
    void jsonMapsOpenInChainMapFromTheFileManagerOnWindowsAndMacOs() throws IOException {
        // Linux offers ChainMap for .json files by its menu entry's MimeType (LinuxPackageFilesTest).
        String script = Files.readString(SCRIPT);
        for (String type : List.of("msi", "dmg")) {
            Matcher command = Pattern.compile("jpackage --type " + type + " [^\\n]*(\\\\\\n[^\\n]*)*?(?=\\n    ;;)")
                    .matcher(script);
            assertThat(command.find()).as("the %s command", type).isTrue();
            assertThat(command.group())
                    .as("the %s installer's associations", type)
                    .contains("--file-associations packaging/json-association.properties");
        }
        assertThat(Files.readAllLines(Path.of("packaging", "json-association.properties")))
                .contains("extension=json", "mime-type=application/json");
    }

    @Test
    void theWindowsInstallerGetsWix3() {
        assertThat(String.join("\n", runs("msi"))).contains("wixtoolset --version 3.");
    }

    @Test
    void theScriptsTypesAreTheWorkflowsTypes() throws IOException {
        Matcher usage =
                Pattern.compile("usage: packaging/build-installer.sh ([a-z|]+)").matcher(Files.readString(SCRIPT));
        assertThat(usage.find()).isTrue();
        assertThat(usage.group(1).split("\\|")).containsExactlyInAnyOrder("deb", "msi", "dmg");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The job's runners: its runs-on, or each runner of its matrix when runs-on names the matrix's. */
    private static List<String> runners(String job) {
        JsonNode node = jobs.path(job);
        String runsOn = node.path("runs-on").asText();
        List<String> runners = new ArrayList<>();
        if (runsOn.contains("matrix.runner")) {
            node.path("strategy")
                    .path("matrix")
                    .path("include")
                    .forEach(row -> runners.add(row.path("runner").asText()));
        } else {
            runners.add(runsOn);
        }
        return runners;
    }

    private static List<String> runs(String job) {
        List<String> runs = new ArrayList<>();
        jobs.path(job).path("steps").forEach(step -> {
            if (step.has("run")) {
                runs.add(step.path("run").asText());
            }
        });
        assertThat(runs).as("%s has steps", job).isNotEmpty();
        return runs;
    }

    private static List<String> uploads(String job) {
        List<String> paths = new ArrayList<>();
        jobs.path(job).path("steps").forEach(step -> {
            if (step.path("uses").asText().startsWith("actions/upload-artifact@")) {
                paths.add(step.path("with").path("path").asText());
            }
        });
        return paths;
    }

    private static int indexOf(List<String> runs, String command) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).contains(command)) {
                return i;
            }
        }
        return -1;
    }
}
