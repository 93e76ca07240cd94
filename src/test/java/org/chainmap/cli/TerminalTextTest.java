package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names and ids from a map reach the terminal shown, never obeyed: no escape sequences, no extra lines. */
class TerminalTextTest {

    /** A value that ends the line, sets the window title, turns the text red and reverses what follows. */
    private static final String HOSTILE = "x\nfake.json:1:1: error: forged\u001b]0;pwned\u0007\u001b[31m\u202e\u009b";

    @TempDir
    Path dir;

    private Path map(String firmSegment, String chainName) throws Exception {
        Path file = dir.resolve("hostile.json");
        String json =
                """
                {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
                 "chains": [{"id": "power", "name": %s,
                   "segments": [{"id": "power.t", "name": %s, "stage": "midstream"}]}],
                 "enterprises": [{"id": "tbea", "name": "特变电工", "local": true, "segments": [%s]}]}
                """
                        .formatted(json(chainName), json(chainName), json(firmSegment));
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }

    private static void assertNothingObeyed(String text) {
        for (char c : text.toCharArray()) {
            assertThat(c != '\n' && TerminalText.obeyed(c))
                    .as("U+%04X in %s", (int) c, text)
                    .isFalse();
        }
    }

    @Test
    void controlsBecomeVisibleAndPlainTextStaysAsItIs() {
        assertThat(TerminalText.visible("特变电工 (衡阳) – 100%")).isEqualTo("特变电工 (衡阳) – 100%");
        assertThat(TerminalText.visible("a\nb\tc\u001b[31m\u007f\u0085\u202e\u2067"))
                .isEqualTo("a␊b␉c␛[31m␡\\u0085\\u202E\\u2067");
        assertThat(TerminalText.visible(null)).isNull();
    }

    @Test
    void validatePrintsOneLinePerProblemWhateverAnIdHolds() throws Exception {
        Path file = map(HOSTILE, "输变电");
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.code()).isEqualTo(1);
        String[] lines = run.out().split("\n");
        assertThat(lines).as(run.out()).hasSize(2);
        assertThat(lines[0]).startsWith(file + ":").contains("x␊fake.json:1:1: error: forged␛]0;pwned␇␛[31m");
        assertThat(lines[1]).contains("invalid — 1 error");
        assertNothingObeyed(run.out());
    }

    @Test
    void infoAndGapsShowNamesWithoutTheirEscapes() throws Exception {
        Path file = map("power.t", "输变电" + HOSTILE);
        CliRun info = CliRun.of("info", file.toString());
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).contains("输变电x␊fake.json");
        assertNothingObeyed(info.out());
        CliRun gaps = CliRun.of("gaps", file.toString());
        assertThat(gaps.code()).as(gaps.err()).isZero();
        assertThat(gaps.out()).contains("输变电x␊fake.json");
        assertNothingObeyed(gaps.out());
        assertNothingObeyed(gaps.err());
    }
}
