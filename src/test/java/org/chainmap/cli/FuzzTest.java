package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against damaged and hostile input ({@link Mutants}): shipped maps changed byte by byte and in
 * their structure, through {@code validate}, {@code info}, {@code gaps} in its three formats, {@code report},
 * {@code export} of a chain's data (and now and then its picture), {@code slides} of small maps, {@code template}
 * and the import of the template back; CSV ledgers and workbooks through {@code import}. Whatever comes in, a
 * command answers with exit 0 or 1, in words: any other exit, a stack trace or a library's log line on any
 * stream, an "unexpected error" (a bug the command line caught), an exception out of {@code Cli.run}, or a run
 * over 20 s fails the test, named by its case seed and what was done to the input, which is kept under {@code
 * target/fuzz/}.
 *
 * <p>Seeded: the same cases every run. {@code -Dchainmap.fuzz.seed=N} tries others, {@code
 * -Dchainmap.fuzz.cases=N} more of them (15 of each kind by default), {@code -Dchainmap.fuzz.only=SEED} replays
 * one case, {@code -Dchainmap.fuzz.verbose=true} prints every run.
 */
class FuzzTest {

    private static final long SEED = Long.getLong("chainmap.fuzz.seed", 20_261_206L);
    private static final int CASES = Integer.getInteger("chainmap.fuzz.cases", 15);
    private static final boolean VERBOSE = Boolean.getBoolean("chainmap.fuzz.verbose");
    private static final Long ONLY = Long.getLong("chainmap.fuzz.only");
    private static final long LIMIT_SECONDS = 20;
    private static final Path KEPT = Path.of("target", "fuzz");

    /** A stack frame, a thread's death, a chained cause, or a line logged by a library. */
    private static final Pattern TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|^Exception in thread|^Caused by: "
            + "|^(FATAL|ERROR|WARN) [\\w.$]+ |StackOverflowError");

    /** Firms of one segment supplying each other: the map that once made {@code slides} crash. */
    private static final String SELF_SUPPLY =
            """
            {"format":"chainmap","version":1,"region":{"name":"测试市","code":"430400"},
             "chains":[{"id":"p","name":"P","segments":[
               {"id":"p.s","name":"S","stage":"upstream","feeds":["p.t"]},
               {"id":"p.t","name":"T","stage":"midstream","feeds":["p.t"]}]}],
             "enterprises":[
               {"id":"a","name":"A","local":true,"segments":["p.t"],"tags":["规上"]},
               {"id":"b","name":"B","local":true,"segments":["p.t","p.s"],"tags":["规上"]},
               {"id":"c","name":"C","local":true,"segments":["p.t"],"tags":["规上"]},
               {"id":"x","name":"X","local":false,"segments":["p.s"]}],
             "links":[{"id":"l1","from":"a","to":"b","value":0},{"id":"l2","from":"a","to":"c","value":0},
                      {"id":"l3","from":"x","to":"a","value":0}]}
            """;

    private static final List<List<String>> LEDGER_ZH = List.of(
            List.of("序号", "企业名称", "所属产业链", "环节", "是否本地", "营收（万元）", "核实日期", "统一社会信用代码", "标签"),
            List.of("1", "衡阳恒缘电工材料有限公司", "新型能源及电力装备产业链", "绝缘材料", "是", "1,200", "2024/5/31", "", "规上，专精特新"),
            List.of("2", "特变电工衡阳变压器有限公司", "", "电力变压器（含特高压）、换流变压器", "是", "1500000", "2024年6月1日", "", ""),
            List.of("3", "江西铜业股份有限公司", "有色金属及合金新材料", "铜冶炼（阴极铜）", "否", "", "", "91360000158304417R", ""));

    private static final List<List<String>> LEDGER_EN = List.of(
            List.of("Name", "Chain", "Segment", "Local", "Tags", "Revenue (万元)", "Products", "Supplier", "Customer"),
            List.of("衡阳恒缘电工材料有限公司", "power", "power.insulation", "yes", "规上; 专精特新", "1200", "绝缘纸板", "", ""),
            List.of("Acme", "power", "power.transformer", "no", "", "-5", "", "tbea-hy", "jinbei-hy"));

    @TempDir
    Path dir;

    private final List<String> failures = new ArrayList<>();
    private ExecutorService worker = Executors.newSingleThreadExecutor();
    private final ByteArrayOutputStream stray = new ByteArrayOutputStream();
    private PrintStream systemOut;
    private PrintStream systemErr;

    @BeforeEach
    void catchStrayOutput() {
        systemOut = System.out;
        systemErr = System.err;
        PrintStream both = new PrintStream(stray, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
    }

    @AfterEach
    void restore() {
        System.setOut(systemOut);
        System.setErr(systemErr);
        worker.shutdownNow();
    }

    private List<Long> caseSeeds(long salt) {
        if (ONLY != null) {
            return List.of(ONLY);
        }
        Random seeds = new Random(SEED ^ salt);
        List<Long> list = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            list.add(seeds.nextLong());
        }
        return list;
    }

    @Test
    void damagedAndHostileMapsGetAnAnswerInWords() throws Exception {
        byte[] hengyang = Files.readAllBytes(Path.of("maps/hengyang.json"));
        byte[] small = SELF_SUPPLY.getBytes(StandardCharsets.UTF_8);
        int index = 0;
        List<Long> seeds = new ArrayList<>(caseSeeds(1));
        if (ONLY == null) {
            // Seeds 3 and 1: the two maps unchanged, the small one through a picture, slides and template too.
            seeds.addAll(0, List.of(3L, 1L));
        }
        for (long seed : seeds) {
            byte[] base = seed % 3 == 0 ? small : hengyang;
            Mutants.Mutant mutant =
                    seed == 1 || seed == 3 ? new Mutants.Mutant(base, "unchanged") : new Mutants(seed).map(base);
            Case c = new Case(seed, mutant.how(), Files.createDirectories(dir.resolve("m" + index)));
            Path map = Files.write(c.dir.resolve("map.json"), mutant.bytes());
            c.run("validate", map.toString());
            c.run("info", map.toString());
            c.run("gaps", map.toString());
            c.run("gaps", map.toString(), "--format", "json");
            c.run("gaps", map.toString(), "--format", "csv");
            c.run("report", map.toString(), "--md", c.dir.resolve("r.md").toString());
            Optional<Chain> chain = smallestChain(map);
            if (chain.isPresent()) {
                List<String> export = new ArrayList<>(List.of(
                        "export",
                        map.toString(),
                        "--chain=" + chain.get().id(),
                        "--layout-json",
                        c.dir.resolve("c.json").toString(),
                        "--dot",
                        c.dir.resolve("c.dot").toString(),
                        "--graphml",
                        c.dir.resolve("c.graphml").toString()));
                if (index % 10 == 0) {
                    export.addAll(List.of("--png", c.dir.resolve("c.png").toString(), "--scale", "1"));
                }
                c.run(export.toArray(new String[0]));
                if (seed % 3 == 0 && index % 4 == 0) {
                    c.run(
                            "slides",
                            map.toString(),
                            "--pdf",
                            c.dir.resolve("s.pdf").toString());
                }
            }
            if (index % 8 == 0) {
                Path workbook = c.dir.resolve("t.xlsx");
                CliRun template = c.run("template", map.toString(), "--out", workbook.toString());
                if (template != null && template.code() == 0) {
                    c.run("import", map.toString(), "--xlsx", workbook.toString(), "--dry-run");
                }
            }
            c.keepIfFailed(map);
            index++;
        }
        assertThat(failures)
                .as("%d failures; inputs kept under %s", failures.size(), KEPT.toAbsolutePath())
                .isEmpty();
    }

    @Test
    void damagedAndHostileLedgersGetAnAnswerInWords() throws Exception {
        Path hengyang = Path.of("maps/hengyang.json");
        Path template = dir.resolve("template.xlsx");
        assertThat(CliRun.of("template", hengyang.toString(), "--out", template.toString())
                        .code())
                .isZero();
        byte[] workbook = Files.readAllBytes(template);
        int index = 0;
        for (long seed : caseSeeds(2)) {
            Mutants mutants = new Mutants(seed);
            Case c = new Case(seed, "", Files.createDirectories(dir.resolve("l" + index)));
            Path map = Files.copy(hengyang, c.dir.resolve("map.json"));
            Path ledger;
            String option;
            if (index % 5 == 4) {
                Mutants.Mutant mutant = mutants.bytes(workbook);
                c.how = "workbook " + mutant.how();
                ledger = Files.write(c.dir.resolve("ledger.xlsx"), mutant.bytes());
                option = "--xlsx";
            } else {
                Charset charset = index % 3 == 0 ? Charset.forName("GBK") : StandardCharsets.UTF_8;
                Mutants.Mutant mutant = mutants.csv(index % 2 == 0 ? LEDGER_ZH : LEDGER_EN, charset);
                c.how = mutant.how();
                ledger = Files.write(c.dir.resolve("ledger.csv"), mutant.bytes());
                option = "--csv";
            }
            c.run("import", map.toString(), option, ledger.toString(), "--dry-run");
            if (index % 4 == 0) {
                CliRun written = c.run("import", map.toString(), option, ledger.toString(), "--skip-refused");
                if (written != null && written.code() == 0) {
                    CliRun valid = c.run("validate", map.toString());
                    if (valid != null && valid.code() != 0) {
                        c.fail("the imported map does not validate: " + valid.out() + valid.err());
                    }
                }
            }
            c.keepIfFailed(ledger);
            index++;
        }
        assertThat(failures)
                .as("%d failures; inputs kept under %s", failures.size(), KEPT.toAbsolutePath())
                .isEmpty();
    }

    /** The chain with the fewest segments of the map in {@code file}, if it loads and has one. */
    private Optional<Chain> smallestChain(Path file) {
        try {
            Optional<RegionMap> map = MapReader.read(file).map();
            return map.flatMap(m -> m.chains().stream()
                    .filter(chain -> !chain.segments().isEmpty())
                    .min(Comparator.comparingInt(chain -> chain.segments().size())));
        } catch (RuntimeException e) {
            failures.add("MapReader.read threw " + e + " on " + file);
            return Optional.empty();
        }
    }

    /** One fuzz case: its seed, what was done to its input, and its failures. */
    private final class Case {
        final long seed;
        String how;
        final Path dir;
        private final int before = failures.size();

        Case(long seed, String how, Path dir) {
            this.seed = seed;
            this.how = how;
            this.dir = dir;
        }

        void fail(String what) {
            failures.add("case seed " + seed + " (" + how + "): " + what);
        }

        /** Runs {@code args} in this JVM; {@code null} when it did not end in time or threw. */
        CliRun run(String... args) {
            stray.reset();
            String command = String.join(" ", args).replace(dir.toString(), "");
            Future<CliRun> future = worker.submit(() -> CliRun.of(Locale.ENGLISH, args));
            long start = System.nanoTime();
            CliRun run;
            try {
                run = future.get(LIMIT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                fail(command + " ran over " + LIMIT_SECONDS + " s");
                future.cancel(true);
                worker.shutdownNow();
                worker = Executors.newSingleThreadExecutor();
                return null;
            } catch (ExecutionException e) {
                fail(command + " threw " + e.getCause());
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (VERBOSE) {
                systemOut.println(seed + " | " + Mutants.abbreviate(how) + " | " + Mutants.abbreviate(command) + " -> "
                        + run.code() + " in " + millis + " ms | " + Mutants.abbreviate(run.out() + run.err()));
            }
            String printed = run.out() + run.err() + stray.toString(StandardCharsets.UTF_8);
            if (run.code() != 0 && run.code() != 1) {
                fail(command + " exited " + run.code() + ": " + Mutants.abbreviate(run.err()));
            }
            if (TRACE.matcher(printed).find()) {
                fail(command + " printed a stack trace or a log line: " + Mutants.abbreviate(firstTrace(printed)));
            }
            if (printed.contains("unexpected error") || printed.contains("not enough memory")) {
                fail(command + " failed inside: " + Mutants.abbreviate(run.err()));
            }
            if (millis > LIMIT_SECONDS * 1000) {
                fail(command + " took " + millis + " ms");
            }
            return run;
        }

        /** Keeps {@code input} under {@code target/fuzz/} when this case failed. */
        void keepIfFailed(Path input) throws IOException {
            if (failures.size() > before) {
                Files.createDirectories(KEPT);
                Path kept = KEPT.resolve(seed + "-" + input.getFileName());
                Files.copy(input, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                failures.add("  input kept as " + kept);
            }
        }
    }

    private static String firstTrace(String printed) {
        var matcher = TRACE.matcher(printed);
        if (!matcher.find()) {
            return "";
        }
        int start = Math.max(0, printed.lastIndexOf('\n', Math.max(0, matcher.start() - 2)));
        return printed.substring(start, Math.min(printed.length(), matcher.end() + 200));
    }
}
