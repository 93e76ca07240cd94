package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The command line writes in the console's character set, UTF-8 when redirected, or as --encoding says. */
class ConsoleEncodingTest {

    private static final Charset GBK = Charset.forName("GBK");

    private record Run(int code, byte[] out, byte[] err) {}

    private static Run run(Optional<Charset> console, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, out, err, Locale.CHINESE, console);
        return new Run(code, out.toByteArray(), err.toByteArray());
    }

    @Test
    void aChineseWindowsConsoleGetsGbk() {
        Run run = run(Optional.of(GBK), "info", "maps/hengyang.json");
        assertThat(run.code()).isZero();
        assertThat(new String(run.out(), GBK)).contains("衡阳市").contains("条产业链");
        assertThat(run.out())
                .isNotEqualTo(
                        run(Optional.empty(), "info", "maps/hengyang.json").out());
    }

    @Test
    void redirectedOutputIsUtf8() {
        Run run = run(Optional.empty(), "info", "maps/hengyang.json");
        assertThat(new String(run.out(), StandardCharsets.UTF_8)).contains("衡阳市");
    }

    @Test
    void encodingBeforeTheCommandSaysOtherwiseInEitherOrderWithLang() {
        Run gbk = run(Optional.empty(), "--encoding", "GBK", "--lang", "zh", "info", "maps/hengyang.json");
        assertThat(gbk.code()).isZero();
        assertThat(new String(gbk.out(), GBK)).contains("衡阳市");
        Run utf8 = run(Optional.of(GBK), "--lang=zh", "--encoding=UTF-8", "info", "maps/hengyang.json");
        assertThat(new String(utf8.out(), StandardCharsets.UTF_8)).contains("衡阳市");
        Run errors = run(Optional.empty(), "--encoding", "gb18030", "validate", "no such 地图.json");
        assertThat(errors.code()).isEqualTo(1);
        assertThat(new String(errors.out(), Charset.forName("GB18030"))).contains("no such 地图.json");
    }

    @Test
    void anUnknownEncodingIsAUsageError() {
        Run run = run(Optional.empty(), "--encoding", "klingon", "info", "maps/hengyang.json");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(new String(run.err(), StandardCharsets.UTF_8))
                .contains("--encoding")
                .contains("klingon")
                .contains("GBK");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void importsOwnEncodingAfterTheCommandIsNotTheGlobalOne() {
        assertThat(ConsoleEncoding.named(new String[] {"import", "m.json", "--csv", "a.csv", "--encoding", "gbk"}))
                .isEmpty();
        assertThat(ConsoleEncoding.named(new String[] {"--lang", "en", "--encoding", "gbk", "info"}))
                .contains("gbk");
    }
}
