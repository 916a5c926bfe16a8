package be.toppsy.desk.content.pack;

import be.toppsy.desk.content.parse.Markdown;
import java.util.List;
import java.util.Optional;

/**
 * A module's trainer guide ({@code trainer-guide.yaml} beside {@code module.yaml}): how to give
 * the module to a group, block by block with its timing, what to bring and what to ask.
 *
 * @param preparation Markdown
 */
public record TrainerGuide(int totalMinutes, String audience, List<String> materials, String preparation,
        List<Block> blocks, SourceLocation location) {

    /** The file's name, in the module's folder. */
    public static final String FILE = "trainer-guide.yaml";

    public TrainerGuide {
        materials = List.copyOf(materials);
        blocks = List.copyOf(blocks);
    }

    /**
     * One part of the session.
     *
     * @param lesson   the id of a lesson of the module, or empty
     * @param activity Markdown
     */
    public record Block(String title, int minutes, String lesson, String activity, List<String> discussion,
            SourceLocation location) {

        public Block {
            discussion = List.copyOf(discussion);
        }

        public Optional<String> optionalLesson() {
            return lesson.isEmpty() ? Optional.empty() : Optional.of(lesson);
        }
    }

    /** The minutes of the blocks added up (what {@link #totalMinutes()} should be). */
    public int blockMinutes() {
        return blocks.stream().mapToInt(Block::minutes).sum();
    }

    /** Minutes from the start of the session to the start of each block, in order. */
    public List<Integer> startOffsets() {
        int[] start = {0};
        return blocks.stream().map(b -> {
            int at = start[0];
            start[0] += b.minutes();
            return at;
        }).toList();
    }
}
