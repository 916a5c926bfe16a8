package be.toppsy.desk.reports;

import be.toppsy.desk.security.Permission;

/**
 * The kinds of documents, with the permission needed to export them and whether they may carry
 * resident names at all (intervision material never does).
 */
public enum DocumentKind {
    MEETING_PACK(Permission.REPORT_TEAM_MEETING, true),
    INTERVISION_REPORT(Permission.INTERVISION_PARTICIPATE, false),
    RESIDENT_SUMMARY(Permission.RESIDENT_VIEW, true),
    CERTIFICATE(Permission.CONTENT_READ, false),
    // Anyone may print their own overview; whose data goes in is checked by ProgressService
    // (a team's or a colleague's overview needs LEARNING_TEAM_OVERVIEW there).
    TRAINING_OVERVIEW(Permission.CONTENT_READ, false),
    HANDOUT(Permission.CONTENT_READ, false),
    // How to give a module to a group: for whoever may present it (trainer mode).
    TRAINER_GUIDE(Permission.TRAINER_MODE, false);

    private final Permission permission;
    private final boolean mayCarryNames;

    DocumentKind(Permission permission, boolean mayCarryNames) {
        this.permission = permission;
        this.mayCarryNames = mayCarryNames;
    }

    public Permission permission() {
        return permission;
    }

    public boolean mayCarryNames() {
        return mayCarryNames;
    }
}
