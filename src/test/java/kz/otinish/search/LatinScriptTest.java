package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatinScriptTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2021,     ötinişti qalay qaytarıp alamın,       өтінішті қалай қайтарып аламын",
        "2021,     Qazaqstan Respublykası,               қазақстан республикасы",
        "2021,     äkimdik ğymarat añ ūlı üy şağım çek,  әкімдік ғимарат аң ұлы үй шағым чек",
        "2018,     ótinishti qalaı qaıtaryp alamyn,      өтінішті қалай қайтарып аламын",
        "2018,     Qazaqstan Respýblıkasy,               қазақстан республикасы",
        "2018,     ákimdik ǵımarat ań ulý úı,            әкімдік ғимарат аң ұлу үй",
        "2017,     o'tinis'ti qalai qaitaryp alamyn,     өтиништи қалай қайтарып аламын",
        "2017,     a'kimdik g'imarat an' y'ly u'i c'ek,  әкимдик ғимарат аң ұлы үй чек",
        "2017,     o’tinis’,                             өтиниш",
        "informal, otinishti qalai qaitaryp alamyn,      отінішті қалай қайтарып аламын",
        "informal, shagym zhauap jauap,                  шагым жауап жауап",
        "informal, tang ong sengen,                       таң оң сенген",
        "informal, ayaq yaki yuan yolka tauy ui,          аяқ які юан ёлка тауы уй",
        "informal, stantsiya aitsa ketsin,               станція айтса кетсін",
        "informal, khalyq kala qala,                     халық кала қала",
    })
    void kazakhInEachLatinAlphabet(String alphabet, String latin, String cyrillic) {
        assertEquals(cyrillic, LatinScript.toCyrillicKazakh(latin));
    }

    @ParameterizedTest
    @CsvSource({
        "kak podat zhalobu,             как подат жалобу",
        "obrashchenie zayavlenie,       обращение заявление",
        "obraschenie yolka yula,        обращение ёлка юла",
        "ob'yavlenie sem'ya,            объявление семья",
        "chto takoe tsentr kakoy,       что такое центр какой",
        "khorosho xorosho,              хорошо хорошо",
        "Akimat Almaty,                 акимат алматы",
        "gde nahoditsya stantsiya,      где находится станция",
    })
    void russianInLatin(String latin, String cyrillic) {
        assertEquals(cyrillic, LatinScript.toCyrillicRussian(latin));
    }

    @Test
    void onlyLatinWordsChange() {
        assertEquals("өтініш № 15, қалай? eGovмобайл", LatinScript.toCyrillicKazakh("өтініш № 15, qalai? eGovмобайл"));
        assertEquals("жалоба: как", LatinScript.toCyrillicRussian("жалоба: kak"));
    }
}
