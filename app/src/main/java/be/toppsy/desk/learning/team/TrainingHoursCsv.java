package be.toppsy.desk.learning.team;

import be.toppsy.desk.common.CsvWriter;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.learning.LessonState;
import be.toppsy.desk.learning.ModuleStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Training hours per person and module, for the HR file, written by the shared {@link CsvWriter}
 * (semicolons and a byte order mark, so that a Belgian spreadsheet opens it with accents and decimal
 * commas right).
 */
public final class TrainingHoursCsv {

    private TrainingHoursCsv() {
    }

    public static String write(ContentPack pack, List<PersonProgress> people, Messages messages) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of(messages.get("learning.csv.name"), messages.get("learning.csv.username"),
                messages.get("learning.csv.module"), messages.get("learning.csv.lessonsDone"),
                messages.get("learning.csv.lessonsTotal"), messages.get("learning.csv.bestScore"),
                messages.get("learning.csv.completedOn"), messages.get("learning.csv.hoursSpent"),
                messages.get("learning.csv.hoursNominal")));
        for (PersonProgress person : people) {
            int nominalTotal = 0;
            for (int i = 0; i < pack.modules().size() && i < person.modules().size(); i++) {
                CourseModule module = pack.modules().get(i);
                ModuleStatus status = person.modules().get(i);
                int nominal = module.lessons().stream()
                        .filter(l -> person.raw().state(l.id()) == LessonState.COMPLETED)
                        .mapToInt(be.toppsy.desk.content.pack.Lesson::minutes).sum();
                nominalTotal += nominal;
                out.add(List.of(person.displayName(), person.username(),
                        messages.get("learning.csv.moduleName", module.number(), module.title()),
                        String.valueOf(status.lessonsCompleted()), String.valueOf(status.lessonsTotal()),
                        status.bestScore() < 0 ? "" : String.valueOf(status.bestScore()),
                        status.completedAt() == null ? "" : Formats.date(status.completedAt()
                                .atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDate()),
                        hours(status.secondsSpent() / 3600.0, messages), hours(nominal / 60.0, messages)));
            }
            out.add(List.of(person.displayName(), person.username(), messages.get("learning.csv.total"),
                    "", "", "", "", hours(person.totalSeconds() / 3600.0, messages), hours(nominalTotal / 60.0, messages)));
        }
        return CsvWriter.write(out);
    }

    private static String hours(double hours, Messages messages) {
        return String.format(messages.locale(), "%.2f", hours);
    }
}
