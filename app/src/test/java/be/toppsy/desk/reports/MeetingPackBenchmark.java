package be.toppsy.desk.reports;

import be.toppsy.desk.reports.pdf.DocumentEngine;
import be.toppsy.desk.reports.pdf.FontLibrary;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Not a test: times a meeting pack for a large centre (40 residents for discussion, 200 open
 * actions by default) and prints the time and pages per run. Run it as described in
 * docs/readme-reports.md. Arguments: [residents] [actions] [runs] [output.pdf].
 */
public final class MeetingPackBenchmark {

    private MeetingPackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int residents = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int actions = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);

        long start = System.nanoTime();
        FontLibrary fonts = new FontLibrary();
        DocumentEngine engine = new DocumentEngine(fonts);
        Messages messages = new Messages(Language.NL);
        out.printf("Set-up (texts; fonts are read at the first document) in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        MeetingPackData data = SampleDocuments.meetingPack(residents, actions);
        MeetingPackBuilder builder = new MeetingPackBuilder();

        byte[] last = null;
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            ExportContext context = new ExportContext(DocumentKind.MEETING_PACK, false, messages, "Benchmark",
                    LocalDateTime.now());
            DocumentEngine.Layout layout = engine.render(builder.build(data, context));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            best = Math.min(best, ms);
            if (run > 1) {
                total += ms;
            }
            last = layout.pdf();
            out.printf("run %d: %d ms, %d pages, %d KB%n", run, ms, layout.pageCount(), layout.pdf().length / 1024);
        }
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            byte[] protectedPdf = DocumentEngine.protect(last, "Benchmark-2026");
            out.printf("AES-256 protection, run %d: %d ms (%d KB)%n", run, (System.nanoTime() - t0) / 1_000_000,
                    protectedPdf.length / 1024);
        }
        out.printf("%d residents, %d open actions: first run includes warm-up; best %d ms, mean of runs 2..%d %d ms%n",
                residents, actions, best, runs, runs > 1 ? total / (runs - 1) : best);
        if (args.length > 3) {
            Files.write(Path.of(args[3]), last);
            out.printf("Written to %s%n", args[3]);
        }
    }
}
