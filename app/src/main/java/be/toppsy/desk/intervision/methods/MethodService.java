package be.toppsy.desk.intervision.methods;

import static be.toppsy.desk.intervision.IntervisionAccess.notFound;
import static be.toppsy.desk.intervision.IntervisionAccess.trim;

import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.intervision.IntervisionAccess;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Intervision methods and their versions. Everyone taking part reads them; team leads create,
 * change, copy and archive them and choose the default. A version that a session has used is
 * never changed: saving it makes a new version.
 */
public final class MethodService {

    public static final String AUDIT_METHOD = "iv_method";
    static final String SETTING_DEFAULT_METHOD = "intervision.defaultMethodFamily";
    public static final int PHASES_MAX = 30;
    public static final int PHASE_MINUTES_MAX = 240;

    private final Database database;
    /** Stateless; made here so that only this package reaches the tables. */
    private final MethodRepository repository;
    private final AuditService audit;
    private final IntervisionAccess access;
    private final Settings settings;

    public MethodService(Database database, AuditService audit, IntervisionAccess access, Settings settings) {
        this.database = database;
        this.repository = new MethodRepository();
        this.audit = audit;
        this.access = access;
        this.settings = settings;
    }

    /** The current version of every method in use, seeding the built-in ones on first use. */
    public List<Method> methods() {
        CurrentUser user = access.me();
        ensureBuiltIns(user);
        return repository.currentMethods(database.dsl());
    }

    public Method method(long methodId) {
        access.me();
        return repository.method(database.dsl(), methodId).orElseThrow(() -> notFound("methodId"));
    }

    /** The method version, or empty when there is none with this id. */
    public Optional<Method> find(long methodId) {
        access.me();
        return repository.method(database.dsl(), methodId);
    }

    /** Every version of a method, oldest first. */
    public List<Method> versions(long familyId) {
        access.me();
        return repository.versions(database.dsl(), familyId);
    }

    /** The current version of a built-in method, for the demo data (administrator), if it is still there. */
    public Optional<Method> builtIn(String key) {
        access.requireAdministrator();
        return repository.methodIdByBuiltinKey(database.dsl(), key).flatMap(id -> repository.method(database.dsl(), id));
    }

    /** Seeds the built-in methods, in the user's language, the first time intervision is used. */
    public void ensureBuiltIns(CurrentUser user) {
        if (repository.countMethods(database.dsl()) > 0) {
            return;
        }
        List<BuiltInMethods.BuiltIn> builtIns = BuiltInMethods.load(Language.fromCode(user.language()));
        database.transactionWithoutResult(tx -> {
            if (repository.countMethods(tx) > 0) {
                return;
            }
            for (BuiltInMethods.BuiltIn builtIn : builtIns) {
                long id = repository.insertMethod(tx, null, 1, builtIn.draft(), builtIn.key(), builtIn.template(),
                        access.now(), null);
                audit.record(tx, "IV_METHOD_CREATED", AUDIT_METHOD, String.valueOf(id), "builtin=" + builtIn.key());
            }
        });
    }

    /** The method offered first for a new session: the one a team lead chose, else the TOPPSY template. */
    public Method defaultMethod() {
        List<Method> methods = methods();
        long family = settings.get(SETTING_DEFAULT_METHOD).map(MethodService::parseLong).orElse(-1L);
        return methods.stream().filter(m -> m.familyId() == family).findFirst()
                .or(() -> methods.stream().filter(m -> BuiltInMethods.DEFAULT_KEY.equals(m.builtinKey())).findFirst())
                .or(() -> methods.stream().findFirst())
                .orElseThrow();
    }

    public void setDefaultMethod(long methodId) {
        access.requireManage();
        Method method = method(methodId);
        // The setting and its audit line together (Settings.put joins this transaction).
        database.transactionWithoutResult(tx -> {
            settings.put(SETTING_DEFAULT_METHOD, String.valueOf(method.familyId()));
            audit.record(tx, "IV_METHOD_DEFAULT", AUDIT_METHOD, String.valueOf(method.id()),
                    "family=" + method.familyId());
        });
    }

    public Method createMethod(MethodDraft draft) {
        CurrentUser user = access.requireManage();
        MethodDraft clean = validate(draft);
        long id = database.transaction(tx -> {
            long newId = repository.insertMethod(tx, null, 1, clean, null, false, access.now(), user.id());
            audit.record(tx, "IV_METHOD_CREATED", AUDIT_METHOD, String.valueOf(newId), "phases=" + clean.phases().size());
            return newId;
        });
        return method(id);
    }

    /** A copy of a method under a new name, to adapt; the copy is the centre's own method. */
    public Method copyMethod(long methodId, String name) {
        access.requireManage();
        Method source = method(methodId);
        return createMethod(new MethodDraft(name, source.description(), source.phases()));
    }

    /**
     * Saves a method. A version that a started or finished session used is not changed: the edit
     * becomes a new version, which planned sessions then follow; past sessions keep theirs.
     *
     * @return the saved version (the same id, or the new version's)
     */
    public Method saveMethod(long methodId, MethodDraft draft) {
        CurrentUser user = access.requireManage();
        MethodDraft clean = validate(draft);
        long id = database.transaction(tx -> {
            Method existing = repository.method(tx, methodId).orElseThrow(() -> notFound("methodId"));
            if (!existing.current()) {
                throw ValidationException.of("name", "iv.method.error.oldVersion");
            }
            if (!existing.frozen()) {
                repository.updateMethod(tx, methodId, clean);
                audit.record(tx, "IV_METHOD_UPDATED", AUDIT_METHOD, String.valueOf(methodId),
                        "version=" + existing.version() + " phases=" + clean.phases().size());
                return methodId;
            }
            repository.setCurrent(tx, methodId, false);
            long newId = repository.insertMethod(tx, existing.familyId(), existing.version() + 1, clean,
                    existing.builtinKey(), existing.template(), access.now(), user.id());
            int moved = repository.movePlannedSessions(tx, methodId, newId);
            audit.record(tx, "IV_METHOD_VERSIONED", AUDIT_METHOD, String.valueOf(newId),
                    "from=" + methodId + " version=" + (existing.version() + 1) + " plannedSessionsMoved=" + moved);
            return newId;
        });
        return method(id);
    }

    /** Hides a method from the pickers; sessions that used it keep it. */
    public void archiveMethod(long methodId) {
        access.requireManage();
        Method method = method(methodId);
        List<Method> current = methods();
        if (current.size() <= 1) {
            throw ValidationException.of("method", "iv.method.error.lastOne");
        }
        if (defaultMethod().familyId() == method.familyId()) {
            throw ValidationException.of("method", "iv.method.error.isDefault");
        }
        database.transactionWithoutResult(tx -> {
            repository.setArchived(tx, method.familyId(), true);
            audit.record(tx, "IV_METHOD_ARCHIVED", AUDIT_METHOD, String.valueOf(methodId), "family=" + method.familyId());
        });
    }

    MethodDraft validate(MethodDraft draft) {
        ValidationException.Builder errors = new ValidationException.Builder();
        String name = trim(draft.name());
        if (name.isEmpty()) {
            errors.add("name", "iv.method.error.nameRequired");
        } else if (name.length() > 200) {
            errors.add("name", "iv.error.tooLong", 200);
        }
        String description = trim(draft.description());
        if (description.length() > 4000) {
            errors.add("description", "iv.error.tooLong", 4000);
        }
        if (draft.phases().isEmpty()) {
            errors.add("phases", "iv.method.error.noPhases");
        } else if (draft.phases().size() > PHASES_MAX) {
            errors.add("phases", "iv.method.error.tooManyPhases", PHASES_MAX);
        }
        List<Phase> phases = new ArrayList<>();
        int order = 1;
        for (Phase phase : draft.phases()) {
            String phaseName = trim(phase.name());
            if (phaseName.isEmpty()) {
                errors.add("phase" + order + ".name", "iv.method.error.phaseNameRequired");
            } else if (phaseName.length() > 200) {
                errors.add("phase" + order + ".name", "iv.error.tooLong", 200);
            }
            if (phase.minutes() < 1 || phase.minutes() > PHASE_MINUTES_MAX) {
                errors.add("phase" + order + ".minutes", "iv.method.error.minutes", PHASE_MINUTES_MAX);
            }
            if (trim(phase.instruction()).length() > 4000) {
                errors.add("phase" + order + ".instruction", "iv.error.tooLong", 4000);
            }
            phases.add(new Phase(order, phaseName, trim(phase.instruction()), phase.minutes(), phase.speaker(),
                    phase.presenterListens(), phase.produces()));
            order++;
        }
        errors.throwIfAny();
        return new MethodDraft(name, description, phases);
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
