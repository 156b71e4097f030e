package kz.otinish.search;

/**
 * Russian spelled as it sounds: unstressed о is heard as а, and е, я as и ("атазвать", "абжаловать",
 * "рассмотрения" → "рассмотриния"). Comparing words with these vowels merged lets such a word still find its
 * corpus term, on top of the ordinary typo allowance.
 */
final class UnstressedVowels {
    private UnstressedVowels() {}

    static String reduce(String word) {
        char[] c = word.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = switch (c[i]) {
                case 'о' -> 'а';
                case 'е', 'я' -> 'и';
                default -> c[i];
            };
        }
        return new String(c);
    }
}
