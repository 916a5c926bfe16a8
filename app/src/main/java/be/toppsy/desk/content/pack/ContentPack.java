package be.toppsy.desk.content.pack;

import be.toppsy.desk.content.parse.PackFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed content pack: the manifest, the guide, the modules and the glossary, with look-ups by id. */
public final class ContentPack {

    private final PackManifest manifest;
    private final List<Chapter> chapters;
    private final List<CourseModule> modules;
    private final List<GlossaryTerm> glossary;
    private final PackFiles files;
    private final Map<String, Chapter> chaptersById = new LinkedHashMap<>();
    private final Map<String, Lesson> lessonsById = new LinkedHashMap<>();
    private final Map<String, CourseModule> modulesById = new LinkedHashMap<>();
    private final Map<String, Scenario> scenariosById = new LinkedHashMap<>();
    private final Map<String, GlossaryTerm> termsById = new LinkedHashMap<>();

    public ContentPack(PackManifest manifest, List<Chapter> chapters, List<CourseModule> modules,
            List<GlossaryTerm> glossary, PackFiles files) {
        this.manifest = manifest;
        this.chapters = List.copyOf(chapters);
        this.modules = List.copyOf(modules);
        this.glossary = List.copyOf(glossary);
        this.files = files;
        chapters.forEach(c -> chaptersById.putIfAbsent(c.id(), c));
        for (CourseModule module : modules) {
            modulesById.putIfAbsent(module.id(), module);
            module.lessons().forEach(l -> lessonsById.putIfAbsent(l.id(), l));
            module.scenarios().forEach(s -> scenariosById.putIfAbsent(s.id(), s));
        }
        glossary.forEach(t -> termsById.putIfAbsent(t.id(), t));
    }

    public PackManifest manifest() {
        return manifest;
    }

    public String id() {
        return manifest.id();
    }

    public PackVersion version() {
        return manifest.version();
    }

    public List<Chapter> chapters() {
        return chapters;
    }

    public List<CourseModule> modules() {
        return modules;
    }

    public List<GlossaryTerm> glossary() {
        return glossary;
    }

    /** The pack's files, for images. */
    public PackFiles files() {
        return files;
    }

    public List<Lesson> lessons() {
        return List.copyOf(lessonsById.values());
    }

    public List<Scenario> scenarios() {
        return List.copyOf(scenariosById.values());
    }

    public Optional<Chapter> chapter(String id) {
        return Optional.ofNullable(chaptersById.get(id));
    }

    public Optional<Lesson> lesson(String id) {
        return Optional.ofNullable(lessonsById.get(id));
    }

    public Optional<CourseModule> module(String id) {
        return Optional.ofNullable(modulesById.get(id));
    }

    public Optional<Scenario> scenario(String id) {
        return Optional.ofNullable(scenariosById.get(id));
    }

    public Optional<GlossaryTerm> term(String id) {
        return Optional.ofNullable(termsById.get(id));
    }

    public Optional<SourceReference> source(String id) {
        return manifest.sources().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The module a lesson belongs to. */
    public Optional<CourseModule> moduleOfLesson(String lessonId) {
        return lesson(lessonId).flatMap(l -> module(l.moduleId()));
    }

    /** Lessons that name this chapter among theirs, in module order. */
    public List<Lesson> lessonsOfChapter(String chapterId) {
        return lessonsById.values().stream().filter(l -> l.chapters().contains(chapterId)).toList();
    }
}
