package be.toppsy.desk.residents.record;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A lower-case form of names without accents, so that "zoe" finds "Zoë", "nguyen van" finds
 * "Nguyễn Văn An" and "dorde" finds "Đorđe". Letters of other scripts (Arabic...) stay as they are.
 */
public final class SearchKeys {

    private SearchKeys() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("đ", "d").replace("ø", "o").replace("ß", "ss").replace("æ", "ae").replace("ł", "l")
                .replace("ı", "i").replace("œ", "oe");
        String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.replaceAll("\\s+", " ").trim();
    }
}
