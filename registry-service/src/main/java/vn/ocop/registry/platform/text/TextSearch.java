package vn.ocop.registry.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese-aware text normalisation: stored text is NFC; search keys are lower case without diacritics
 * ("Cao ngựa bạch" and "cao ngua bach" share the key), so searches are diacritics-insensitive.
 */
public final class TextSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextSearch() {
    }

    /** NFC form with trimmed, single-spaced whitespace; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    /** The search key of a text: lower case, no diacritics, đ → d, single spaces. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /** A LIKE pattern matching texts whose key contains the key of {@code query}. */
    public static String containsPattern(String query) {
        String escaped = key(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
