package be.toppsy.desk.intervision;

import be.toppsy.desk.common.SupportLevel;
import java.util.ArrayList;
import java.util.List;

/** In-memory guide chapters and lessons for tests. */
public final class FakeContent implements ContentLink {

    public final List<ContentRef> items = new ArrayList<>(List.of(
            new ContentRef("chapter", "g1", "De context en kwetsbaarheden begrijpen", List.of(), List.of("context")),
            new ContentRef("chapter", "g2", "Behoeften en tekenen van nood identificeren",
                    List.of(SupportLevel.HEIGHTENED), List.of("terugtrekking", "slaap")),
            new ContentRef("chapter", "g5", "Zorgen voor jezelf en het team", List.of(), List.of("zelfzorg")),
            new ContentRef("lesson", "m2-l1", "Signalen van psychisch lijden herkennen", List.of(SupportLevel.HEIGHTENED),
                    List.of()),
            new ContentRef("lesson", "m3-l2", "Crisis en doorverwijzing", List.of(SupportLevel.INTENSIVE), List.of("crisis"))));

    @Override
    public List<ContentRef> all() {
        return items;
    }
}
