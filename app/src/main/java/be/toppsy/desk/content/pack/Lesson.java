package be.toppsy.desk.content.pack;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.content.parse.Markdown;
import java.util.List;

/** A lesson of a module: Markdown body, estimated minutes, the guide chapters it belongs to, learning goals. */
public record Lesson(String id, String moduleId, String title, List<SupportLevel> levels, int minutes,
        List<String> chapters, List<String> goals, String markdown, SourceLocation location, int bodyLine) {

    public Lesson {
        levels = List.copyOf(levels);
        chapters = List.copyOf(chapters);
        goals = List.copyOf(goals);
    }
}
