package be.toppsy.desk.storage;

import static be.toppsy.desk.storage.jooq.Tables.APP_SETTING;
import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.AppGate;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestGates;
import be.toppsy.desk.testing.TestServices;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer in another JVM is killed hard (as by a power cut of the process, or the task manager)
 * in the middle of its writes: the database opens again, every committed transaction is there,
 * and none is there by halves.
 */
class CrashSafetyTest {

    private static final int COMMITS_BEFORE_KILL = 150;

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.at("2026-11-22T09:00:00Z");

    @Test
    void killingTheApplicationMidWriteLosesNothingCommitted() throws Exception {
        TestGates.firstRun(folder, clock).close();
        String key = unlockedKeyHex();

        int round1 = killWriterAfter(key, 1);
        int round2 = killWriterAfter(key, round1 + 1);

        AppGate gate = TestGates.restartAndLogin(folder, clock, "admin", TestServices.ADMIN_PASSWORD);
        Map<String, String> rows = gate.services().database().dsl()
                .select(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.like("crash.%")).fetchMap(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE);
        Set<Integer> transactions = rows.keySet().stream().map(k -> Integer.parseInt(k.split("\\.")[1]))
                .collect(Collectors.toSet());
        for (int i = 1; i <= round2; i++) {
            assertThat(rows).as("committed transaction %d", i).containsKeys("crash." + i + ".a", "crash." + i + ".b");
        }
        for (int i : transactions) {
            assertThat(rows).as("transaction %d is whole or absent", i).containsKeys("crash." + i + ".a",
                    "crash." + i + ".b");
        }
        gate.close();
    }

    private String unlockedKeyHex() {
        KeyVault vault = KeyVault.in(new DataFolder(folder), KeyVault.Strength.FAST_FOR_TESTS, clock);
        assertThat(vault.unlock("admin", TestServices.ADMIN_PASSWORD.toCharArray())).isTrue();
        String hex = new String(vault.key().filePassword());
        vault.lock();
        return hex;
    }

    /** Starts the writer, waits until it reports enough commits, kills it hard; returns the last reported commit. */
    private int killWriterAfter(String key, int first) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.jooq.no-logo=true", Writer.class.getName(), folder.toString(), String.valueOf(first)))
                .redirectErrorStream(true).directory(new File(".")).start();
        // The key travels on standard input, not on the command line where other processes could read it.
        try (PrintStream in = new PrintStream(writer.getOutputStream(), true, StandardCharsets.UTF_8)) {
            in.println(key);
        }
        int last = first - 1;
        BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("COMMITTED ")) {
                last = Integer.parseInt(line.substring("COMMITTED ".length()));
                if (last >= first + COMMITS_BEFORE_KILL) {
                    break;
                }
            }
        }
        writer.destroyForcibly();
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(last).as("the writer got going").isGreaterThanOrEqualTo(first + COMMITS_BEFORE_KILL);
        return last;
    }

    /** Runs in a separate JVM: commits two rows per transaction, forever, and says so after each commit. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            Path folder = Path.of(args[0]);
            int next = Integer.parseInt(args[1]);
            String hex = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            DatabaseKey key = DatabaseKey.of(HexFormat.of().parseHex(hex.trim()));
            Database database = Database.openExisting(DatabaseSettings.encryptedH2(folder, key),
                    Database.MigrationGuard.NONE);
            SettingsRepository settings = new SettingsRepository();
            String filler = "x".repeat(500);
            for (int i = next; ; i++) {
                int n = i;
                database.transactionWithoutResult(tx -> {
                    settings.put(tx, "crash." + n + ".a", filler + n);
                    settings.put(tx, "crash." + n + ".b", filler + n);
                });
                System.out.println("COMMITTED " + n);
                System.out.flush();
            }
        }
    }
}
