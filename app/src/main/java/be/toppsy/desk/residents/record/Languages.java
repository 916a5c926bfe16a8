package be.toppsy.desk.residents.record;

import java.util.List;

/** Languages to pick from, with their Dutch names (stored as written here). */
public final class Languages {

    public static final List<String> ALL = List.of(
            "Albanees", "Amhaars", "Arabisch", "Armeens", "Bengaals", "Dari", "Duits", "Engels", "Farsi",
            "Frans", "Georgisch", "Hindi", "Italiaans", "Kinyarwanda", "Koerdisch (Kurmanji)", "Koerdisch (Sorani)",
            "Lingala", "Nederlands", "Oekraïens", "Oromo", "Pasjtoe", "Portugees", "Punjabi", "Roemeens", "Russisch",
            "Servisch", "Somali", "Spaans", "Swahili", "Tamil", "Tigrinya", "Turks", "Urdu", "Vietnamees");

    private Languages() {
    }
}
