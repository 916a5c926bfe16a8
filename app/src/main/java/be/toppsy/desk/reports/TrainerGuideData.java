package be.toppsy.desk.reports;

import java.util.List;
import java.util.Objects;

/**
 * A module's trainer guide to print: who it is for, how long it takes, what to bring and prepare,
 * and each block of the session with its timing, activity and discussion questions.
 *
 * @param preparation the preparation text as handout parts
 */
public record TrainerGuideData(String module, String subtitle, String audience, int totalMinutes,
        List<String> materials, List<HandoutData.Part> preparation, List<TimeBlock> blocks) {

    public TrainerGuideData {
        Objects.requireNonNull(module);
        audience = audience == null ? "" : audience;
        materials = List.copyOf(materials);
        preparation = List.copyOf(preparation);
        blocks = List.copyOf(blocks);
    }

    /**
     * One block of the session.
     *
     * @param startMinute minutes from the start of the session
     * @param lesson      the title of the lesson it goes with, or empty
     */
    public record TimeBlock(String title, int minutes, int startMinute, String lesson, List<HandoutData.Part> activity,
            List<String> discussion) {

        public TimeBlock {
            Objects.requireNonNull(title);
            lesson = lesson == null ? "" : lesson;
            activity = List.copyOf(activity);
            discussion = List.copyOf(discussion);
        }
    }
}
