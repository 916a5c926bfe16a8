package be.toppsy.desk.content.pack;

import java.util.List;

/** A glossary term, shown as a popup where a text links to it. */
public record GlossaryTerm(String id, String term, String definition, List<String> see, String source,
        SourceLocation location) {

    public GlossaryTerm {
        see = List.copyOf(see);
    }
}
