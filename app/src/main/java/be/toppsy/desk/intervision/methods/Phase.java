package be.toppsy.desk.intervision.methods;

/**
 * One phase of a method.
 *
 * @param order            position in the method, from 1
 * @param instruction      what the facilitator says or watches over
 * @param minutes          time budget
 * @param presenterListens the presenter only listens (and may take notes) during this phase
 */
public record Phase(int order, String name, String instruction, int minutes, Speaker speaker,
        boolean presenterListens, Produces produces) {

    public Phase {
        name = name == null ? "" : name;
        instruction = instruction == null ? "" : instruction;
        speaker = speaker == null ? Speaker.EVERYONE : speaker;
        produces = produces == null ? Produces.NOTHING : produces;
    }

    public Phase withOrder(int newOrder) {
        return new Phase(newOrder, name, instruction, minutes, speaker, presenterListens, produces);
    }
}
