package be.toppsy.desk.content.pack;

import java.util.List;

/** What a pack says about itself in {@code manifest.yaml}. */
public record PackManifest(String id, String title, PackVersion version, String language, boolean official,
        String description, List<String> authors, String licence, List<SourceReference> sources) {

    public PackManifest {
        authors = List.copyOf(authors);
        sources = List.copyOf(sources);
    }
}
