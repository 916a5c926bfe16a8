package be.toppsy.desk.learning.team;

import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.learning.ModuleStatus;
import be.toppsy.desk.reports.CertificateData;
import be.toppsy.desk.reports.TrainingOverviewData;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fills the reports' input records (certificate, training overview) from progress. */
public final class TrainingDocuments {

    private TrainingDocuments() {
    }

    public static CertificateData certificate(ContentPack pack, String participant, ModuleStatus status, String issuedBy,
            Messages messages) {
        if (!status.completed() || status.completedAt() == null) {
            throw new IllegalStateException("Module " + status.moduleId() + " is not completed");
        }
        CourseModule module = module(pack, status.moduleId());
        return new CertificateData(participant, messages.get("learning.csv.moduleName", module.number(), module.title()),
                date(status.completedAt()), status.lessonsTotal(), status.bestScore() >= 0 ? status.bestScore() : null,
                messages.get("learning.certificate.organisation"), issuedBy);
    }

    public static TrainingOverviewData overview(ContentPack pack, String scope, LocalDate asOf, List<PersonProgress> people,
            Map<Long, String> roles, Messages messages) {
        List<TrainingOverviewData.PersonTraining> rows = new ArrayList<>();
        for (PersonProgress person : people) {
            List<TrainingOverviewData.ModuleProgress> modules = new ArrayList<>();
            for (ModuleStatus status : person.modules()) {
                CourseModule module = module(pack, status.moduleId());
                modules.add(new TrainingOverviewData.ModuleProgress(
                        messages.get("learning.csv.moduleName", module.number(), module.title()),
                        status.lessonsCompleted(), status.lessonsTotal(),
                        status.completed() && status.completedAt() != null ? date(status.completedAt()) : null,
                        status.bestScore() >= 0 ? status.bestScore() : null));
            }
            rows.add(new TrainingOverviewData.PersonTraining(person.displayName(),
                    roles.getOrDefault(person.userId(), ""), modules));
        }
        return new TrainingOverviewData(scope, asOf, rows);
    }

    private static CourseModule module(ContentPack pack, String moduleId) {
        return pack.modules().stream().filter(m -> m.id().equals(moduleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown module " + moduleId));
    }

    public static LocalDate date(OffsetDateTime at) {
        return at.atZoneSameInstant(ZoneId.systemDefault()).toLocalDate();
    }
}
