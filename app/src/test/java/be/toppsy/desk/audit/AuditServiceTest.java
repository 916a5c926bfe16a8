package be.toppsy.desk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.App;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditServiceTest {

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.at("2026-11-20T09:00:00Z");
    private App.Services services;

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    @Test
    void eventsAreFilteredByPeriodActionAndRecord() {
        services = TestServices.withAdmin(folder, clock);
        AuditService audit = services.audit();
        audit.record("RESIDENT_VIEWED", "resident", "17", null);
        clock.advance(Duration.ofDays(2));
        audit.record("RESIDENT_VIEWED", "resident", "18", null);
        audit.record("EXPORT", "report", "3", "meeting pack");

        assertThat(audit.find(new AuditFilter(null, null, null, "RESIDENT_VIEWED", null, null, 100))).hasSize(2);
        assertThat(audit.find(new AuditFilter(null, null, null, null, "resident", "18", 100))).hasSize(1);
        assertThat(audit.find(new AuditFilter(LocalDate.of(2026, 11, 22), null, null, null, null, null, 100)))
                .extracting(AuditEvent::action).containsExactly("EXPORT", "RESIDENT_VIEWED");
        assertThat(audit.find(new AuditFilter(null, null, "adm", "EXPORT", null, null, 100)))
                .singleElement().satisfies(e -> assertThat(e.actorName()).isEqualTo("admin"));
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
        services = TestServices.withAdmin(folder, clock);
        TestServices.loginAsNewUser(services, "tom", Role.STAFF, Role.TEAM_LEAD);
        assertThatThrownBy(() -> services.audit().find(AuditFilter.latest(10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
