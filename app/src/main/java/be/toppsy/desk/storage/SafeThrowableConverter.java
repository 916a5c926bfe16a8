package be.toppsy.desk.storage;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.CoreConstants;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a logged exception with its stack trace, but without the message of any exception that may
 * carry data: H2 puts the failing values in its messages ("Value too long ... 'Zoë ...'", a unique
 * key's values), jOOQ puts the SQL in front, and a driver or Flyway may repeat them. Those messages
 * are replaced by the error code, which is what an administrator needs to look the problem up.
 * Used as {@code %safeEx} by every appender (see logback.xml and {@link LogFile}).
 */
public final class SafeThrowableConverter extends ThrowableHandlingConverter {

    /** The conversion word of this converter in a log pattern. */
    public static final String WORD = "safeEx";
    /** H2 ends its messages with "[errorCode-buildNumber]". */
    private static final Pattern H2_CODE = Pattern.compile("\\[(\\d{5})-\\d+]");
    private static final Pattern SQL_STATE = Pattern.compile("SQL ?State\\s*:?\\s*(\\w{5})", Pattern.CASE_INSENSITIVE);
    private static final int MAX_DEPTH = 16;

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy proxy = event.getThrowableProxy();
        if (proxy == null) {
            return CoreConstants.EMPTY_STRING;
        }
        StringBuilder out = new StringBuilder(2048);
        append(out, proxy, "", 0);
        return out.toString();
    }

    private static void append(StringBuilder out, IThrowableProxy t, String prefix, int depth) {
        if (t == null || depth > MAX_DEPTH) {
            return;
        }
        out.append(prefix).append(t.getClassName());
        String message = safeMessage(t.getClassName(), t.getMessage());
        if (message != null) {
            out.append(": ").append(message);
        }
        out.append(CoreConstants.LINE_SEPARATOR);
        StackTraceElementProxy[] frames = t.getStackTraceElementProxyArray();
        int own = frames.length - t.getCommonFrames();
        for (int i = 0; i < own; i++) {
            out.append("\tat ").append(frames[i].getStackTraceElement()).append(CoreConstants.LINE_SEPARATOR);
        }
        if (t.getCommonFrames() > 0) {
            out.append("\t... ").append(t.getCommonFrames()).append(" common frames omitted")
                    .append(CoreConstants.LINE_SEPARATOR);
        }
        IThrowableProxy[] suppressed = t.getSuppressed();
        if (suppressed != null) {
            for (IThrowableProxy s : suppressed) {
                append(out, s, "Suppressed: ", depth + 1);
            }
        }
        if (!t.isCyclic()) {
            append(out, t.getCause(), "Caused by: ", depth + 1);
        }
    }

    /** The message as it may be logged: unchanged, or the error code alone when it may carry data. */
    static String safeMessage(String className, String message) {
        if (message == null || !mayCarryData(className, message)) {
            return message;
        }
        Matcher h2 = H2_CODE.matcher(message);
        Matcher state = SQL_STATE.matcher(message);
        String code = h2.find() ? " (error " + h2.group(1) + ")" : state.find() ? " (SQL state " + state.group(1) + ")" : "";
        return "[message left out: it may hold data]" + code;
    }

    private static boolean mayCarryData(String className, String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return className.startsWith("org.h2.") || className.startsWith("org.jooq.")
                || className.startsWith("org.postgresql.") || className.startsWith("org.flywaydb.")
                || className.startsWith("java.sql.") || className.endsWith("SQLException")
                || lower.contains("sql [") || lower.contains("sql statement") || H2_CODE.matcher(message).find();
    }
}
