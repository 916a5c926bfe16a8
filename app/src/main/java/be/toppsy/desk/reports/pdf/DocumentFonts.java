package be.toppsy.desk.reports.pdf;

import be.toppsy.desk.reports.pdf.FontLibrary.Face;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document: cleans text (characters no font can print become "[?]" and are
 * reported), splits text into runs per font, and measures it. Fonts are embedded as subsets.
 */
final class DocumentFonts {

    static final String REPLACEMENT = "[?]";

    /**
     * Scripts printed left to right without shaping. Others (Arabic, Hebrew, Indic, CJK...) need
     * shaping or another direction that this engine does not do, so they are reported instead of
     * printed wrongly, even when a font has the glyphs.
     */
    private static final Set<Character.UnicodeScript> SCRIPTS = EnumSet.of(Character.UnicodeScript.COMMON,
            Character.UnicodeScript.INHERITED, Character.UnicodeScript.LATIN, Character.UnicodeScript.GREEK,
            Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.ARMENIAN, Character.UnicodeScript.GEORGIAN);

    /** One font of a chain: the PDF font and its character map, loaded on first use. */
    private final class Slot {
        private final Supplier<byte[]> data;
        private TrueTypeFont ttf;
        private CmapLookup cmap;
        private PDType0Font font;
        private final Map<Integer, Float> widths = new HashMap<>();

        Slot(Supplier<byte[]> data) {
            this.data = data;
        }

        CmapLookup cmap() {
            load();
            return cmap;
        }

        PDType0Font font() {
            load();
            if (font == null) {
                try {
                    font = PDType0Font.load(document, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }

        boolean has(int codePoint) {
            return cmap().getGlyphId(codePoint) != 0;
        }

        float width(int codePoint) {
            return widths.computeIfAbsent(codePoint, cp -> {
                try {
                    return font().getStringWidth(new String(Character.toChars(cp)));
                } catch (IOException | IllegalArgumentException e) {
                    return 0f;
                }
            });
        }

        private void load() {
            if (ttf == null) {
                try {
                    ttf = new TTFParser().parse(new RandomAccessReadBuffer(data.get()));
                    // No glyph substitution: the scripts printed here need none (NFC text, no shaping),
                    // and PDFBox's GSUB step (ligatures) cost most of the layout time.
                    ttf.setEnableGsub(false);
                    cmap = ttf.getUnicodeCmapLookup();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** A piece of a line set in one font. */
    record Run(PDType0Font font, String text, float width) {
    }

    private final PDDocument document;
    private final Map<Face, Slot[]> chains = new EnumMap<>(Face.class);
    private final Map<String, Unprintable> unprintable = new LinkedHashMap<>();

    DocumentFonts(PDDocument document, FontLibrary library) {
        this.document = document;
        for (Face face : Face.values()) {
            chains.put(face, new Slot[] {new Slot(() -> library.primary(face)), new Slot(() -> library.fallback(face))});
        }
    }

    List<Unprintable> unprintable() {
        return List.copyOf(unprintable.values());
    }

    /**
     * Normalises text (NFC, tabs to spaces, no control or invisible format characters) and replaces
     * every run of characters no font of the face can print by {@link #REPLACEMENT}, reporting it.
     */
    String clean(String text, Face face) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalized.length());
        List<Integer> missing = new ArrayList<>();
        boolean inMissingRun = false;
        int i = 0;
        while (i < normalized.length()) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                cp = ' ';
            }
            if (cp == '\r') {
                continue;
            }
            if (cp != '\n' && (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT)) {
                continue;
            }
            if (cp == '\n' || cp == ' ' || printable(cp, face)) {
                out.appendCodePoint(cp);
                inMissingRun = false;
            } else {
                missing.add(cp);
                if (!inMissingRun) {
                    out.append(REPLACEMENT);
                    inMissingRun = true;
                }
            }
        }
        if (!missing.isEmpty()) {
            report(normalized, face);
        }
        return out.toString();
    }

    private void report(String text, Face face) {
        for (String word : text.split("[\\s]+")) {
            List<Integer> codes = word.codePoints().filter(cp -> !Character.isISOControl(cp)
                    && Character.getType(cp) != Character.FORMAT && !printable(cp, face)).boxed().toList();
            if (!codes.isEmpty()) {
                String shown = word.length() > 60 ? word.substring(0, 60) + "…" : word;
                unprintable.putIfAbsent(shown, new Unprintable(shown, codes));
            }
        }
    }

    private boolean printable(int cp, Face face) {
        if (!SCRIPTS.contains(Character.UnicodeScript.of(cp))) {
            return false;
        }
        for (Slot slot : chains.get(face)) {
            if (slot.has(cp)) {
                return true;
            }
        }
        return false;
    }

    /** Width in points of cleaned text. */
    float width(String cleaned, Face face, float size) {
        float units = 0;
        Slot[] chain = chains.get(face);
        for (int i = 0; i < cleaned.length(); ) {
            int cp = cleaned.codePointAt(i);
            i += Character.charCount(cp);
            units += slotFor(chain, cp).width(cp);
        }
        return units / 1000f * size;
    }

    float width(int codePoint, Face face, float size) {
        return slotFor(chains.get(face), codePoint).width(codePoint) / 1000f * size;
    }

    /** Cleaned text split into runs of one font each. */
    List<Run> runs(String cleaned, Face face, float size) {
        List<Run> runs = new ArrayList<>();
        Slot[] chain = chains.get(face);
        Slot current = null;
        StringBuilder text = new StringBuilder();
        float units = 0;
        for (int i = 0; i < cleaned.length(); ) {
            int cp = cleaned.codePointAt(i);
            i += Character.charCount(cp);
            Slot slot = slotFor(chain, cp);
            if (slot != current && !text.isEmpty()) {
                runs.add(new Run(current.font(), text.toString(), units / 1000f * size));
                text.setLength(0);
                units = 0;
            }
            current = slot;
            text.appendCodePoint(cp);
            units += slot.width(cp);
        }
        if (!text.isEmpty()) {
            runs.add(new Run(current.font(), text.toString(), units / 1000f * size));
        }
        return runs;
    }

    private static Slot slotFor(Slot[] chain, int cp) {
        for (Slot slot : chain) {
            if (slot.has(cp)) {
                return slot;
            }
        }
        return chain[0];
    }
}
