package be.toppsy.desk.storage;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The application's log file in the data folder, added once the folder is known (the console
 * appender of logback.xml stays): one file a day, a week kept, at most 20 MB in all, so an
 * administrator can send it when something went wrong. It never holds resident data: the code logs
 * ids and event names only, and exceptions are written by {@link SafeThrowableConverter}.
 */
public final class LogFile {

    public static final String FOLDER = "logs";
    public static final String FILE_NAME = "toppsy-desk.log";
    static final String APPENDER = "DATA_FOLDER_FILE";
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n%"
            + SafeThrowableConverter.WORD;

    private LogFile() {
    }

    /** Starts writing the log into {@code <data folder>/logs/}; a second call for the same folder does nothing. */
    public static synchronized Path attach(Path dataFolder) {
        Path file = dataFolder.resolve(FOLDER).resolve(FILE_NAME);
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return file;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER) instanceof RollingFileAppender<ILoggingEvent> existing) {
            if (Path.of(existing.getFile()).equals(file)) {
                return file;
            }
            detach();
        }
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(file.resolveSibling("toppsy-desk.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("5MB"));
        policy.setMaxHistory(7);
        policy.setTotalSizeCap(FileSize.valueOf("20MB"));
        policy.start();

        // The converter is registered on the layout itself, so the file is safe whatever logback.xml says.
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put(SafeThrowableConverter.WORD, SafeThrowableConverter.class.getName());
        layout.setPattern(PATTERN);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setLayout(layout);
        encoder.start();

        appender.setEncoder(encoder);
        appender.setRollingPolicy(policy);
        appender.start();
        // A folder that cannot be written leaves the console only; the gate says so to the user later.
        if (appender.isStarted()) {
            root.addAppender(appender);
        }
        return file;
    }

    /** Stops writing the log file (tests, and a move to another data folder). */
    public static synchronized void detach() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            var appender = root.getAppender(APPENDER);
            if (appender != null) {
                root.detachAppender(appender);
                appender.stop();
            }
        }
    }
}
