package kz.otinish.channel.aitu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AituSettingsTest {
    @Test
    void theDefaultHostIsTheOneTheContractsEndpointListAndPyAituUse() {
        AituSettings s = AituSettings.fromEnvironment(Map.of("AITU_BOT_TOKEN", "token")).orElseThrow();
        assertEquals("https://botapi.aitu.io/bot/v1/updates/", s.updates().toString());
        assertEquals("https://botapi.aitu.io/bot/v1/getMe/", s.me().toString());
    }

    @Test
    void theWebhookSecretIsTheRegisteredUrlsLastPathSegment() {
        AituSettings s = AituSettings.fromEnvironment(Map.of("AITU_BOT_TOKEN", "token",
                "AITU_WEBHOOK_URL", "https://bot.example.kz/aitu/", "AITU_WEBHOOK_SECRET", "s3cret-s3cret-s3cret")).orElseThrow();
        assertEquals("https://bot.example.kz/aitu/s3cret-s3cret-s3cret", s.registeredUrl());
        assertEquals("/aitu", s.webhookPath());
    }
}
