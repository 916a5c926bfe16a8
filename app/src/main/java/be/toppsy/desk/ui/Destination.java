package be.toppsy.desk.ui;

/**
 * A place inside an area that the main window can open: what quick search hits, content links and
 * cross-feature buttons point at. The area that owns a kind handles it in its {@link Navigable}
 * view; {@link #areaId()} says which area that is.
 */
public sealed interface Destination {

    String RESIDENTS = "residents";
    String GUIDE = "guide";
    String LEARNING = "learning";
    String INTERVISION = "intervision";

    /** The area that shows this destination. */
    String areaId();

    /** A resident's page. */
    record Resident(long id) implements Destination {
        @Override
        public String areaId() {
            return RESIDENTS;
        }
    }

    /** The form for a new resident (only for those who may add one). */
    record NewResident() implements Destination {
        @Override
        public String areaId() {
            return RESIDENTS;
        }
    }

    /** A chapter of the guide, by its id in the content pack ({@code g2}). */
    record GuideChapter(String id) implements Destination {
        @Override
        public String areaId() {
            return GUIDE;
        }
    }

    /** A term of the guide's glossary, by its id ({@code tolk}). */
    record GlossaryTerm(String id) implements Destination {
        @Override
        public String areaId() {
            return GUIDE;
        }
    }

    /** The e-learning overview: every module and where the user left off. */
    record LearningOverview() implements Destination {
        @Override
        public String areaId() {
            return LEARNING;
        }
    }

    /** An e-learning module's page ({@code m1}). */
    record Module(String id) implements Destination {
        @Override
        public String areaId() {
            return LEARNING;
        }
    }

    /** A lesson ({@code m1-l2}). */
    record Lesson(String id) implements Destination {
        @Override
        public String areaId() {
            return LEARNING;
        }
    }

    /** A module's quiz. */
    record Quiz(String moduleId) implements Destination {
        @Override
        public String areaId() {
            return LEARNING;
        }
    }

    /** A scenario exercise ({@code m2-s1}). */
    record Scenario(String id) implements Destination {
        @Override
        public String areaId() {
            return LEARNING;
        }
    }

    /** An intervision case on the board. */
    record IntervisionCase(long id) implements Destination {
        @Override
        public String areaId() {
            return INTERVISION;
        }
    }

    /** An intervision session's page. */
    record IntervisionSession(long id) implements Destination {
        @Override
        public String areaId() {
            return INTERVISION;
        }
    }
}
