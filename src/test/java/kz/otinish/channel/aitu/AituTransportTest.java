package kz.otinish.channel.aitu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import kz.otinish.channel.EchoCore;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Aitu transport against a fake Aitu Bot API on loopback; the dialog is stood in for by {@link EchoCore}. */
class AituTransportTest {
    private Database db;
    private FakeAitu aitu;
    private EchoCore core;

    @BeforeEach
    void start() {
        db = TestDatabase.fresh();
        aitu = new FakeAitu();
        core = new EchoCore(db.jdbi());
    }

    @AfterEach
    void stop() {
        aitu.close();
        db.close();
    }

    @Test
    void aMessageIsAnsweredInPlainTextWithInlineCommandsAndTheToken() throws Exception {
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            aitu.message("u1", "<script> & co");
            var sent = aitu.await("u1", s -> s.size() == 1).getFirst();
            assertEquals("heard: <script> & co", sent.content(), "HTML flattened, the user's own text intact");
            assertEquals("SendMessage", sent.command().path("type").asText());
            assertEquals("USER", sent.command().at("/recipient/type").asText());
            assertEquals("echo:again", sent.command().at("/inlineCommandRows/0/0/metadata").asText());
            assertEquals(0, aitu.refusedTokens());
        }
    }

    @Test
    void aPressedInlineCommandReachesTheDialogAsItsButtonData() throws Exception {
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            aitu.press("u2", "lang:kk");
            assertEquals("heard: button lang:kk", aitu.await("u2", s -> s.size() == 1).getFirst().content());
        }
    }

    @Test
    void theSameUpdateDeliveredTwiceIsAnsweredOnce() throws Exception {
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            var update = aitu.message("u3", "once");
            aitu.await("u3", s -> s.size() == 1);
            aitu.repeat(update);
            aitu.message("u3", "marker");
            aitu.await("u3", s -> s.size() == 2);
        }
        assertEquals("heard: marker", aitu.sent("u3").get(1).content());
        assertEquals(2, core.handled());
    }

    @Test
    void aRepeatedUpdateIsRecognizedAcrossARestart() throws Exception {
        var update = aitu.message("u4", "hello");
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            aitu.await("u4", s -> s.size() == 1);
        }
        aitu.repeat(update);
        var marker = aitu.message("u4", "marker");
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            aitu.await("u4", s -> s.size() == 2);
        }
        assertEquals("heard: marker", aitu.sent("u4").get(1).content());
        assertEquals(2, core.handled());
    }

    @Test
    void tooManyRequestsIsObeyed() throws Exception {
        aitu.answerTooManyRequests(1);
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            aitu.message("u5", "hi");
            assertEquals("heard: hi", aitu.await("u5", s -> s.size() == 1).getFirst().content());
        }
        assertEquals(1, aitu.sent("u5").size());
    }

    @Test
    void aLongAnswerIsCutToAitusLimit() throws Exception {
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            aitu.message("u6", "long 9");
            var sent = aitu.await("u6", s -> s.size() == 3);
            sent.forEach(s -> assertTrue(s.content().length() <= 4096));
            assertFalse(sent.get(0).command().has("inlineCommandRows"));
            assertTrue(sent.get(2).command().has("inlineCommandRows"));
        }
    }

    @Test
    void longButtonCaptionsAreShortenedVisibly() {
        assertEquals("Short", AituApi.caption("Short"));
        String cut = AituApi.caption("Өтінішті электрондық үкімет порталы арқылы жіберу");
        assertEquals(32, cut.length());
        assertTrue(cut.endsWith("…"));
    }
}
