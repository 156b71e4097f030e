-- wrk script for the HTTP chat API: 256 chats, each message a new delivery (messageId) and a question the FAQ cache
-- has not seen (a number after it), so every request is a full update: dialog, FAQ search, one transaction, reply.
-- Needs HTTP_CHAT_TOKEN=chat-token-for-test-1234 on the bot and its chats v0..v255 past the language choice
-- (send each "/start ru" once). Usage: see the README, Operations.
-- Each wrk thread counts on its own: offset them, or two threads write to the same chat at once and wait for each
-- other (a chat's messages are handled in order), which measures the load generator, not the bot.
local threads = 0
function setup(thread)
  thread:set("offset", threads * 1000003)
  threads = threads + 1
end
function init(args)
  counter = offset or 0
end
local questions = {"как отозвать обращение", "сколько ждать ответа", "где находится центр приёма",
  "өтінішке қанша файл тіркеуге болады", "otinishti qalai qaitaryp alamyn", "не согласен с ответом акимата",
  "можно подать жалобу за маму", "как войти в отиниш без эцп"}
request = function()
  counter = counter + 1
  local body = '{"chatId":"v' .. (counter % 256) .. '","messageId":"m' .. math.random(1, 1000000000) .. '-' .. counter
    .. '","text":"' .. questions[(counter % #questions) + 1] .. ' ' .. counter .. '"}'
  return wrk.format("POST", "/chat", {["Authorization"] = "Bearer chat-token-for-test-1234", ["Content-Type"] = "application/json"}, body)
end
