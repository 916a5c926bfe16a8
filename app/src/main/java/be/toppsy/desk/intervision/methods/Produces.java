package be.toppsy.desk.intervision.methods;

/** What a phase of a method produces; the runner adapts the phase's screen to it. */
public enum Produces {
    /** Review of the previous session's action points (the runner lists them). */
    REVIEW,
    /** Choosing the case to discuss (the runner lists the agenda). */
    CASE_CHOICE,
    /** A picture of the situation and the presenter's question. */
    SITUATION,
    QUESTIONS,
    ASSOCIATIONS,
    ANALYSIS,
    CORE_PROBLEM,
    /** Links to guide chapters and lessons (the runner shows the case's attached content). */
    CONTENT_LINKS,
    ADVICE,
    /** The presenter's conclusion and the action points (the runner shows both editors). */
    ACTIONS,
    EVALUATION,
    NOTHING;

    public String messageKey() {
        return "iv.produces." + name();
    }
}
