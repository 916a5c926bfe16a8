package be.toppsy.desk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.sql.SQLIntegrityConstraintViolationException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** Logged exceptions keep their stack trace and error code, never the values in a database message. */
class SafeThrowableConverterTest {

    private final LoggerContext context = new LoggerContext();
    private final Logger logger = context.getLogger("test");

    private String render(Throwable error) {
        SafeThrowableConverter converter = new SafeThrowableConverter();
        converter.start();
        return converter.convert(new LoggingEvent(getClass().getName(), logger, Level.WARN, "failed", error, null));
    }

    @Test
    void aDatabaseMessageWithValuesIsReplacedByItsErrorCode() {
        SQLIntegrityConstraintViolationException h2 = new SQLIntegrityConstraintViolationException(
                "Unique index or primary key violation: \"PUBLIC.UX ON PUBLIC.RESIDENT(FAMILY_NAME) VALUES ( /* 1 */"
                        + " 'Testnaam-Kabongo' )\"; SQL statement:\ninsert into resident values (?) [23505-232]",
                "23505", 23505);
        DataAccessException jooq = new DataAccessException("SQL [insert into resident values ('Testnaam-Kabongo')];"
                + " Unique index or primary key violation", h2);

        String text = render(new IllegalStateException("Background work", jooq));

        assertThat(text).doesNotContain("Testnaam-Kabongo").doesNotContain("insert into")
                .contains("java.lang.IllegalStateException: Background work")
                .contains("Caused by: org.jooq.exception.DataAccessException: [message left out: it may hold data]")
                .contains("Caused by: java.sql.SQLIntegrityConstraintViolationException: "
                        + "[message left out: it may hold data] (error 23505)")
                .contains("\tat be.toppsy.desk.storage.SafeThrowableConverterTest.aDatabaseMessageWithValues");
    }

    @Test
    void theApplicationsConsoleConfigurationUsesIt() throws Exception {
        LoggerContext app = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(app);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
        Logger root = app.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        @SuppressWarnings("unchecked")
        LayoutWrappingEncoder<ILoggingEvent> encoder = (LayoutWrappingEncoder<ILoggingEvent>)
                ((OutputStreamAppender<ILoggingEvent>) root.getAppender("CONSOLE")).getEncoder();
        DataAccessException jooq = new DataAccessException("SQL [insert into resident values ('Testnaam-Kabongo')]");

        String line = encoder.getLayout().doLayout(new LoggingEvent(getClass().getName(), root, Level.WARN,
                "Background task failed", jooq, null));

        assertThat(line).contains("Background task failed").contains("org.jooq.exception.DataAccessException")
                .doesNotContain("Testnaam-Kabongo");
        app.stop();
    }

    @Test
    void otherMessagesStay() {
        assertThat(SafeThrowableConverter.safeMessage("java.io.IOException", "No space left on device"))
                .isEqualTo("No space left on device");
        assertThat(SafeThrowableConverter.safeMessage("java.lang.RuntimeException", null)).isNull();
    }

    @Test
    void anEventWithoutAnExceptionAddsNothing() {
        assertThat(render(null)).isEmpty();
    }
}
