package be.toppsy.desk.residents;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.record.ResidentFilter;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.record.ResidentCodes;
import be.toppsy.desk.residents.record.ResidentDraft;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

/**
 * Developer benchmark (test scope, not a test): fills a temporary H2 with N residents and times
 * pages of the residents list with and without filters. Run with
 * {@code ./mvnw -q -pl app test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=be.toppsy.desk.residents.ResidentListBenchmark -Dexec.args=10000}.
 */
public final class ResidentListBenchmark {

    private ResidentListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path folder = Files.createTempDirectory("residents-bench");
        LocalDate today = LocalDate.now();
        OffsetDateTime now = OffsetDateTime.now();
        ResidentRepository repository = new ResidentRepository();
        try (Database database = TestDatabases.open(folder)) {
            Random random = new Random(1);
            ResidentCodes codes = new ResidentCodes(random);
            long fill = System.nanoTime();
            database.transactionWithoutResult(tx -> {
                java.util.Set<String> used = new java.util.HashSet<>();
                for (int i = 0; i < count; i++) {
                    String code;
                    do {
                        code = codes.next();
                    } while (!used.add(code));
                    ResidentDraft d = new ResidentDraft("Persoon" + i, "Test", 1990, Gender.UNKNOWN,
                            "U" + random.nextInt(8), null, today.minusDays(random.nextInt(400)), List.of(), false, false,
                            (long) (1 + random.nextInt(10)), null, null, ResidentState.PRESENT, null, i % 9 == 0);
                    long id = repository.insert(tx, code, d, ResidentRecordService.searchKey(d, code), SupportLevel.BASIC, now);
                    repository.setLevel(tx, id, SupportLevel.values()[random.nextInt(3)], today, now);
                    repository.setNextReviewDue(tx, id, today.plusDays(random.nextInt(90) - 45));
                }
            });
            // A command-line tool in test scope: results go to the console.
            System.out.printf("Filled %d residents in %d ms%n", count, (System.nanoTime() - fill) / 1_000_000);
            List<ResidentFilter> filters = List.of(ResidentFilter.present(),
                    new ResidentFilter(null, SupportLevel.INTENSIVE, 3L, null, ResidentState.PRESENT, false, false,
                            true, false, 0, 50),
                    ResidentFilter.present().withQuery("persoon77"),
                    new ResidentFilter(null, null, null, null, ResidentState.PRESENT, false, false, false, true, 3, 50));
            for (ResidentFilter f : filters) {
                for (int warm = 0; warm < 20; warm++) {
                    repository.page(database.dsl(), f, today, now.minusDays(14), true, id -> "");
                }
                int runs = 50;
                long start = System.nanoTime();
                int total = 0;
                for (int i = 0; i < runs; i++) {
                    total = repository.page(database.dsl(), f, today, now.minusDays(14), true, id -> "").total();
                }
                System.out.printf("level=%s keyWorker=%s query=%s reviewOverdue=%s quiet=%s page=%d -> %d residents,"
                        + " %.2f ms per page (count + 50 rows)%n", f.level(), f.keyWorkerId(), f.query(),
                        f.reviewOverdue(), f.quiet(), f.page(), total, (System.nanoTime() - start) / 1e6 / runs);
            }
        }
    }
}
