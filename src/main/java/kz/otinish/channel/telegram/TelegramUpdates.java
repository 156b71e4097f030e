package kz.otinish.channel.telegram;

import java.util.Comparator;
import java.util.Optional;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.FileInfo;
import kz.otinish.dialog.Incoming;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** What a Telegram update means to the dialog, and the small courtesies Telegram users expect around it. */
final class TelegramUpdates {
    static final String CHANNEL = "telegram";

    private TelegramUpdates() {}

    /**
     * One update the dialog should hear about. {@code callbackQueryId} is set for a pressed button,
     * {@code buttonsMessageId} names the message whose keyboard was used and is now removed.
     */
    record Arrival(String chatId, Incoming incoming, String callbackQueryId, Integer buttonsMessageId) {

        /** Answers the button press (the client stops its spinner), removes the used keyboard, shows "typing…". */
        void courtesy(TelegramClient client) {
            try {
                if (callbackQueryId != null) {
                    client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
                }
                if (buttonsMessageId != null) {
                    client.execute(EditMessageReplyMarkup.builder().chatId(chatId).messageId(buttonsMessageId).build());
                }
                client.execute(SendChatAction.builder().chatId(chatId).action("typing").build());
            } catch (TelegramApiException e) {
                // An old query or an already edited message: the courtesy is lost, the update is not.
            }
        }
    }

    /**
     * Private chats only: the bot asks for personal data, which has no place in a group. Edits, reactions
     * and other update kinds are not for the dialog.
     */
    static Optional<Arrival> read(Update u) {
        if (u.getCallbackQuery() != null) {
            var q = u.getCallbackQuery();
            if (q.getData() == null || q.getMessage() == null || q.getMessage().getChat() == null
                    || !Boolean.TRUE.equals(q.getMessage().getChat().isUserChat())) {
                return Optional.empty();
            }
            String chatId = q.getMessage().getChatId().toString();
            return Optional.of(new Arrival(chatId, Incoming.button(chat(chatId), q.getData()), q.getId(),
                    q.getMessage().getMessageId()));
        }
        Message m = u.getMessage();
        if (m == null || m.getChat() == null || !Boolean.TRUE.equals(m.getChat().isUserChat())) return Optional.empty();
        String chatId = m.getChatId().toString();
        ChatRef chat = chat(chatId);
        Incoming in;
        if (m.getText() != null) {
            in = Incoming.text(chat, m.getText()); // "/start <payload>" travels as typed: deep links are the core's
        } else if (m.getContact() != null) {
            in = Incoming.contact(chat, m.getContact().getPhoneNumber());
        } else if (m.getDocument() != null) {
            var d = m.getDocument();
            in = Incoming.file(chat, new FileInfo(d.getFileName() == null ? "file" : d.getFileName(),
                    d.getMimeType() == null ? "application/octet-stream" : d.getMimeType(), size(d.getFileSize())));
        } else if (m.getPhoto() != null && !m.getPhoto().isEmpty()) {
            PhotoSize largest = m.getPhoto().stream()
                    .max(Comparator.comparingLong(p -> p.getFileSize() == null ? 0 : p.getFileSize())).get();
            in = Incoming.file(chat, new FileInfo("photo.jpg", "image/jpeg", size(largest.getFileSize())));
        } else {
            return Optional.empty();
        }
        return Optional.of(new Arrival(chatId, in, null, null));
    }

    private static ChatRef chat(String chatId) {
        return new ChatRef(CHANNEL, chatId);
    }

    private static long size(Number n) {
        return n == null ? 0 : n.longValue();
    }
}
