package be.toppsy.desk.intervision.runner;

import be.toppsy.desk.intervision.methods.Produces;
import be.toppsy.desk.intervision.methods.Speaker;

/**
 * One step of the runner: a phase of the method, or a step the runner adds (synthetic).
 *
 * @param sessionLevel the step concerns the whole session (review, case choice), not the current case
 */
public record Step(String key, String name, String instruction, int minutes, Speaker speaker,
        boolean presenterListens, Produces produces, boolean sessionLevel, boolean synthetic) {
}
