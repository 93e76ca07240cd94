package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WriteFailureTest {

    private static Console console(Locale locale) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Console(sink, sink, new Messages(locale));
    }

    @Test
    void aFullDiskIsSaidInTheUsersLanguage() {
        IOException written = new IOException("No space left on device");
        IOException moved = new FileSystemException("/data/.map.json.1.tmp", null, "No space left on device");

        assertThat(WriteFailure.reason(written, console(Locale.CHINESE))).isEqualTo("磁盘已满；请腾出空间或换一个位置后重试");
        assertThat(WriteFailure.reason(moved, console(Locale.ENGLISH)))
                .startsWith("the disk is full")
                .doesNotContain(".tmp");
    }

    @Test
    void permissionsReadOnlyDisksAndMissingFoldersAreToldToo() {
        Console zh = console(Locale.CHINESE);

        assertThat(WriteFailure.reason(new AccessDeniedException("/etc/map.json"), zh))
                .startsWith("没有权限");
        assertThat(WriteFailure.reason(new FileSystemException("/mnt/cd/map.json", null, "Read-only file system"), zh))
                .isEqualTo("磁盘为只读；请换一个位置");
        assertThat(WriteFailure.reason(new NoSuchFileException("/no/such/folder/map.json"), zh))
                .isEqualTo("文件夹不存在");
    }

    @Test
    void anyOtherReasonIsTheSystemsWithoutThePath() {
        IOException odd = new FileSystemException("/data/map.json", null, "Stale file handle");

        assertThat(WriteFailure.reason(odd, console(Locale.ENGLISH))).isEqualTo("Stale file handle");
        assertThat(WriteFailure.reason(new IOException("bad bytes"), console(Locale.ENGLISH)))
                .isEqualTo("bad bytes");
    }

    @Test
    void aFileHeldByAnotherProgramNamesTheLikelyOnes() {
        var held = new org.chainmap.io.FileHeldException(
                "D:\\OneDrive\\图谱.json",
                new AccessDeniedException("D:\\OneDrive\\.图谱.json.1.tmp", "D:\\OneDrive\\图谱.json", null));
        assertThat(WriteFailure.reason(held, console(Locale.CHINESE)))
                .contains("杀毒软件")
                .contains("OneDrive");
        assertThat(WriteFailure.reason(held, console(Locale.ENGLISH)))
                .contains("antivirus")
                .contains("OneDrive")
                .doesNotContain(".tmp");
    }
}
