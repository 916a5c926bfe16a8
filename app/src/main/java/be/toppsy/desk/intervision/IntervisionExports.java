package be.toppsy.desk.intervision;

import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.intervision.board.ActionPoint;
import be.toppsy.desk.intervision.board.CaseColumn;
import be.toppsy.desk.intervision.board.CaseMaterial;
import be.toppsy.desk.intervision.sessions.AgendaItem;
import be.toppsy.desk.intervision.sessions.IntervisionSession;
import be.toppsy.desk.intervision.sessions.SessionMaterial;
import be.toppsy.desk.reports.IntervisionReportData;
import be.toppsy.desk.reports.MeetingPackData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Fills the reports' input records from the intervision board. Always de-identified: cases are
 * known by their number and (masked) title, never by a resident's name or code.
 */
public final class IntervisionExports {

    private final IntervisionServices services;

    public IntervisionExports(IntervisionServices services) {
        this.services = Objects.requireNonNull(services);
    }

    /** The case code printed in documents: the board's case number. */
    public static String caseCode(long caseId, String title) {
        return title == null || title.isBlank() ? "#" + caseId : "#" + caseId + " " + title;
    }

    /** The report of one session, from its de-identified material. */
    public IntervisionReportData sessionReport(long sessionId) {
        SessionMaterial m = services.sessions().deidentifiedMaterial(sessionId);
        IntervisionSession s = m.session();
        List<IntervisionReportData.CaseReport> cases = new ArrayList<>();
        for (CaseMaterial c : m.cases()) {
            List<IntervisionReportData.PhaseNote> phases = m.notes().stream()
                    .filter(n -> Objects.equals(n.caseId(), c.caseId()))
                    .filter(n -> n.note() != null && !n.note().isBlank())
                    .map(n -> new IntervisionReportData.PhaseNote(n.phaseName(), n.note())).toList();
            String conclusion = s.agenda().stream().filter(a -> a.caseId() == c.caseId())
                    .map(AgendaItem::conclusion).filter(Objects::nonNull).findFirst().orElse("");
            List<String> points = m.actionPoints().stream().filter(p -> p.caseId() == c.caseId())
                    .map(IntervisionExports::describe).toList();
            cases.add(new IntervisionReportData.CaseReport(caseCode(c.caseId(), c.title()),
                    c.presenter() == null ? "" : c.presenter().name(), c.question(), phases, conclusion, points));
        }
        // Notes taken outside a case (opening, closing round) go with the session as a whole.
        List<IntervisionReportData.PhaseNote> general = m.notes().stream().filter(n -> n.caseId() == null)
                .filter(n -> n.note() != null && !n.note().isBlank())
                .map(n -> new IntervisionReportData.PhaseNote(n.phaseName(), n.note())).toList();
        String facilitator = s.externalIntervisor().isBlank()
                ? (s.facilitator() == null ? "" : s.facilitator().name())
                : s.externalIntervisor();
        return new IntervisionReportData(s.heldOn(), s.team() == null ? "" : s.team(), s.methodName(), facilitator,
                s.participants().stream().map(Person::name).toList(), general, cases);
    }

    /** The action behind the session's "Verslag (PDF)" button: builds the data off the FX thread, then the preview. */
    public java.util.function.LongConsumer previewAction(be.toppsy.desk.reports.ReportsFeature reports,
            be.toppsy.desk.common.TaskRunner tasks, be.toppsy.desk.ui.DialogService dialogs,
            be.toppsy.desk.i18n.Messages messages) {
        return sessionId -> {
            javafx.stage.Window owner = javafx.stage.Window.getWindows().stream()
                    .filter(javafx.stage.Window::isFocused).findFirst().orElse(null);
            tasks.run(() -> sessionReport(sessionId),
                    data -> reports.preview(owner, new be.toppsy.desk.reports.IntervisionReportBuilder(), data),
                    error -> dialogs.showException(messages.get("iv.export.reportButton"),
                            messages.get("iv.export.failed"), error));
        };
    }

    private static String describe(ActionPoint p) {
        StringBuilder b = new StringBuilder(p.title());
        if (p.owner() != null) {
            b.append(" – ").append(p.owner().name());
        }
        if (p.due() != null) {
            b.append(" – ").append(Formats.date(p.due()));
        }
        return b.toString();
    }

    /**
     * The cases for the next session, for the team meeting pack: the agenda of the next planned
     * session, or else the cases in the board's "chosen" column. De-identified. Empty for users
     * outside intervision.
     */
    public List<MeetingPackData.IntervisionCase> nextSessionCases() {
        try {
            services.access().me();
        } catch (be.toppsy.desk.security.AccessDeniedException e) {
            return List.of(); // not in intervision: the pack says it has no cases
        }
        List<Long> ids = services.sessions().sessions().stream()
                .filter(s -> s.state() == SessionState.PLANNED && s.heldOn() != null
                        && !s.heldOn().isBefore(services.access().today()))
                .min(Comparator.comparing(IntervisionSession::heldOn))
                .map(s -> s.agenda().stream().map(AgendaItem::caseId).toList())
                .filter(l -> !l.isEmpty())
                .orElseGet(() -> services.cases().board().stream().filter(c -> c.kase().column() == CaseColumn.CHOSEN)
                        .map(c -> c.kase().id()).toList());
        return ids.stream().map(services.cases()::deidentifiedCase)
                .map(c -> new MeetingPackData.IntervisionCase(caseCode(c.caseId(), c.title()), c.question(),
                        c.presenter() == null ? "" : c.presenter().name()))
                .toList();
    }
}
