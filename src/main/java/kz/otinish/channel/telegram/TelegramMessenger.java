package kz.otinish.channel.telegram;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kz.otinish.channel.Messenger;
import kz.otinish.channel.Paragraphs;
import kz.otinish.dialog.Button;
import kz.otinish.Html;
import kz.otinish.dialog.Reply;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Replies as Telegram messages: HTML parse mode, inline keyboards, documents, and Telegram's size limits. */
final class TelegramMessenger implements Messenger {
    static final int MAX_TEXT = 4096;
    static final int MAX_CAPTION = 1024;
    private final TelegramClient client;

    TelegramMessenger(TelegramClient client) {
        this.client = client;
    }

    /** Long texts are cut at paragraphs; the buttons go with the last part, where the user reads to. */
    @Override
    public List<Reply> parts(Reply reply) {
        List<Reply> parts = new ArrayList<>();
        if (reply.document() != null) {
            if (reply.text().length() <= MAX_CAPTION) return List.of(reply);
            for (String text : Paragraphs.split(reply.text(), MAX_TEXT)) parts.add(Reply.text(text));
            parts.add(new Reply("", reply.buttons(), reply.document()));
            return parts;
        }
        List<String> texts = Paragraphs.split(reply.text(), MAX_TEXT);
        for (int i = 0; i < texts.size(); i++) {
            parts.add(new Reply(texts.get(i), i == texts.size() - 1 ? reply.buttons() : List.of(), null));
        }
        return parts;
    }

    @Override
    public void send(String chatId, Reply part) throws Refused {
        try {
            execute(chatId, part, true);
        } catch (TelegramApiRequestException e) {
            if (isBadMarkup(e)) {
                // A broken tag must not cost the user the answer: send it once more as plain text.
                try {
                    execute(chatId, new Reply(Html.toPlain(part.text()), part.buttons(), part.document()), false);
                    return;
                } catch (TelegramApiException again) {
                    throw refusal(again);
                }
            }
            throw refusal(e);
        } catch (TelegramApiException e) {
            throw refusal(e);
        }
    }

    private void execute(String chatId, Reply part, boolean html) throws TelegramApiException {
        InlineKeyboardMarkup keyboard = keyboard(part.buttons());
        if (part.document() != null) {
            var doc = part.document();
            var send = SendDocument.builder().chatId(chatId)
                    .document(new InputFile(new ByteArrayInputStream(doc.content()), doc.fileName()))
                    .replyMarkup(keyboard);
            if (!part.text().isEmpty()) send.caption(part.text()).parseMode(html ? ParseMode.HTML : null);
            client.execute(send.build());
        } else {
            client.execute(SendMessage.builder().chatId(chatId).text(part.text())
                    .parseMode(html ? ParseMode.HTML : null)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                    .replyMarkup(keyboard).build());
        }
    }

    static InlineKeyboardMarkup keyboard(List<List<Button>> rows) {
        if (rows.isEmpty()) return null;
        List<InlineKeyboardRow> keyboard = new ArrayList<>();
        for (List<Button> row : rows) {
            InlineKeyboardRow r = new InlineKeyboardRow();
            for (Button b : row) r.add(InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build());
            keyboard.add(r);
        }
        return new InlineKeyboardMarkup(keyboard);
    }

    private static boolean isBadMarkup(TelegramApiRequestException e) {
        return Integer.valueOf(400).equals(e.getErrorCode())
                && e.getApiResponse() != null && e.getApiResponse().contains("can't parse entities");
    }

    static Refused refusal(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null) {
            int code = r.getErrorCode();
            if (code == 429) {
                Integer after = r.getParameters() == null ? null : r.getParameters().getRetryAfter();
                return Refused.tooFast(Duration.ofSeconds(after == null ? 1 : after));
            }
            // 400: the message itself is wrong; 403: the user blocked the bot or left. Retrying cannot help.
            if (code == 400 || code == 403) return Refused.permanent(code + " " + r.getApiResponse());
            return Refused.transientFailure(code + " " + r.getApiResponse(), e);
        }
        return Refused.transientFailure(e.getClass().getSimpleName(), e);
    }
}
