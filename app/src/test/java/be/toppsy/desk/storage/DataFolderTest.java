package be.toppsy.desk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/sara");

    @Test
    void optionWinsOverVariableAndDefault() {
        DataFolder folder = DataFolder.resolve(new String[] {"--data-dir", "/data/a"},
                Map.of("TOPPSY_DATA_DIR", "/data/b"), "Linux", HOME);
        assertThat(folder.path()).isEqualTo(Path.of("/data/a"));
    }

    @Test
    void optionWithEqualsSignIsRead() {
        DataFolder folder = DataFolder.resolve(new String[] {"--data-dir=/data/c"}, Map.of(), "Linux", HOME);
        assertThat(folder.path()).isEqualTo(Path.of("/data/c"));
    }

    @Test
    void variableWinsOverDefault() {
        DataFolder folder = DataFolder.resolve(new String[0], Map.of("TOPPSY_DATA_DIR", "/data/b"), "Linux", HOME);
        assertThat(folder.path()).isEqualTo(Path.of("/data/b"));
    }

    @Test
    void linuxDefaultIsUnderLocalShare() {
        DataFolder folder = DataFolder.resolve(new String[0], Map.of(), "Linux", HOME);
        assertThat(folder.path()).isEqualTo(Path.of("/home/sara/.local/share/toppsy-desk"));
    }

    @Test
    void windowsDefaultIsUnderLocalAppData() {
        Path folder = DataFolder.platformDefault(Map.of("LOCALAPPDATA", "/appdata/local"), "Windows 11", HOME);
        assertThat(folder).isEqualTo(Path.of("/appdata/local", "TOPPSY Desk"));
    }

    @Test
    void theFolderIsPrivateToItsOwnerWhereTheFileSystemKnowsOwners(@TempDir Path temp) throws IOException {
        Assumptions.assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path folder = temp.resolve("data");
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        new DataFolder(folder).ensureWritable();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }
}
