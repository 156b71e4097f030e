package kz.otinish.channel.aitu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kz.otinish.dialog.Button;
import org.junit.jupiter.api.Test;

/** Aitu refuses a keyboard over 8 rows × 8 buttons and a caption over 32: the adapter packs within them. */
class AituKeyboardTest {
    private static List<List<Button>> rowsOf(int n) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) rows.add(List.of(new Button("Button " + i, "x:" + i)));
        return rows;
    }

    @Test
    void twentyRowsOfRegionsBecomeEightRowsOfThreeInOrder() {
        List<List<List<Button>>> k = AituApi.keyboards(rowsOf(20));
        assertEquals(1, k.size());
        assertTrue(k.getFirst().size() <= 8 && k.getFirst().stream().allMatch(r -> r.size() <= 8), k.toString());
        assertEquals(List.of("x:0", "x:1", "x:2"), k.getFirst().getFirst().stream().map(Button::data).toList());
        assertEquals(20, k.getFirst().stream().mapToInt(List::size).sum());
    }

    @Test
    void aKeyboardThatFitsIsLeftAsItIs() {
        List<List<Button>> menu = List.of(List.of(new Button("a", "a"), new Button("b", "b")), List.of(new Button("c", "c")));
        assertEquals(List.of(menu), AituApi.keyboards(menu));
    }

    @Test
    void moreThanSixtyFourButtonsGoInFurtherKeyboards() {
        List<List<List<Button>>> k = AituApi.keyboards(rowsOf(70));
        assertEquals(2, k.size());
        assertEquals(64, k.getFirst().stream().mapToInt(List::size).sum());
        assertEquals(6, k.get(1).stream().mapToInt(List::size).sum());
    }

    @Test
    void aCaptionIsCutByCharactersNeverInsideAnEmoji() {
        String label = "📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂📂";
        String cut = AituApi.caption(label);
        assertEquals(32, cut.codePointCount(0, cut.length()));
        assertTrue(cut.endsWith("📂…"), cut);
    }
}
