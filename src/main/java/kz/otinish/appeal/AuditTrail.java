package kz.otinish.appeal;

import kz.otinish.dialog.ChatRef;
import org.jdbi.v3.core.Handle;

/** Rows in the audit table for what happened to appeals. {@code detail} never carries personal data. */
final class AuditTrail {
    private AuditTrail() {}

    static void record(Handle h, ChatRef chat, String action, String detail) {
        h.createUpdate("insert into audit (channel, chat_id, action, detail) values (:channel, :chat, :action, :detail)")
                .bind("channel", chat.channel()).bind("chat", chat.chatId())
                .bind("action", action).bind("detail", detail)
                .execute();
    }
}
