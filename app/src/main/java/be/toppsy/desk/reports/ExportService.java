package be.toppsy.desk.reports;

import be.toppsy.desk.reports.pdf.DocumentModel;
import be.toppsy.desk.reports.pdf.DocumentEngine;
import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.Consumer;

/**
 * Builds documents for the logged-in user and saves them. Checks the permission of the kind of
 * document, and {@link Permission#RESIDENT_NAMES_IN_EXPORTS} when names are asked for (documents
 * are de-identified by default). Every saved export is recorded in the audit trail with the kind
 * and whether names were included, never the names.
 */
public final class ExportService {

    public static final int MIN_PASSWORD_LENGTH = 8;

    private final DocumentEngine engine;
    private final Session session;
    private final AuditService audit;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Clock clock;

    public ExportService(DocumentEngine engine, Session session, AuditService audit, Messages messages, TaskRunner tasks,
            Clock clock) {
        this.engine = engine;
        this.session = session;
        this.audit = audit;
        this.messages = messages;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Whether the logged-in user may ask for names in a document of this kind. */
    public boolean mayIncludeNames(DocumentKind kind) {
        return kind.mayCarryNames() && session.has(Permission.RESIDENT_NAMES_IN_EXPORTS);
    }

    /** Builds and lays out a document on the calling thread. */
    public <D> RenderedDocument build(DocumentBuilder<D> builder, D data, boolean includeNames) {
        CurrentUser user = check(builder.kind(), includeNames);
        ExportContext context = new ExportContext(builder.kind(), includeNames, messages, user.displayName(),
                LocalDateTime.now(clock));
        DocumentModel model = builder.build(data, context);
        DocumentEngine.Layout layout = engine.render(model);
        return new RenderedDocument(builder.kind(), includeNames, builder.fileName(data, context), layout.pdf(),
                layout.pageCount(), layout.unprintable());
    }

    /** Builds off the JavaFX thread; the result or the error arrives on it. */
    public <D> void buildInBackground(DocumentBuilder<D> builder, D data, boolean includeNames,
            Consumer<RenderedDocument> onSuccess, Consumer<Throwable> onFailure) {
        // Check at once, on the caller's thread, so a refusal is immediate.
        check(builder.kind(), includeNames);
        tasks.run(() -> build(builder, data, includeNames), onSuccess, onFailure);
    }

    /** The bytes to save: the document itself, or encrypted with AES-256 when a password is given. */
    public byte[] finish(RenderedDocument document, String password) {
        checkPassword(password);
        if (password == null || password.isEmpty()) {
            return document.pdf();
        }
        return DocumentEngine.protect(document.pdf(), password);
    }

    /** No password, or one of at least {@link #MIN_PASSWORD_LENGTH} characters. */
    public void checkPassword(String password) {
        if (password != null && !password.isEmpty() && password.length() < MIN_PASSWORD_LENGTH) {
            throw ValidationException.of("password", "reports.password.tooShort", MIN_PASSWORD_LENGTH);
        }
    }

    /**
     * Writes the document (protected when a password is given) and records the export. The file
     * is written beside the target first and then moved, so a failure leaves no half file.
     */
    public void save(RenderedDocument document, String password, Path target) {
        check(document.kind(), document.namesIncluded());
        byte[] bytes = finish(document, password);
        try {
            Path folder = target.toAbsolutePath().getParent();
            Path temp = Files.createTempFile(folder, ".export-", ".tmp");
            try {
                Files.write(temp, bytes);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean protectedByPassword = password != null && !password.isEmpty();
        audit.record("EXPORT", "document", document.kind().name(), "kind=" + document.kind().name() + "; names="
                + document.namesIncluded() + "; password=" + protectedByPassword + "; pages=" + document.pageCount());
    }

    /** Saves off the JavaFX thread. */
    public void saveInBackground(RenderedDocument document, String password, Path target, Runnable onSuccess,
            Consumer<Throwable> onFailure) {
        tasks.run(() -> {
            save(document, password, target);
            return Boolean.TRUE;
        }, ignored -> onSuccess.run(), onFailure);
    }

    private CurrentUser check(DocumentKind kind, boolean includeNames) {
        CurrentUser user = session.require(kind.permission());
        if (includeNames) {
            if (!kind.mayCarryNames()) {
                throw new IllegalArgumentException(kind + " never carries resident names");
            }
            session.require(Permission.RESIDENT_NAMES_IN_EXPORTS);
        }
        return user;
    }
}
