-- wrk script for the HTTP chat API: 256 chats, each message a new delivery (messageId) and a question the FAQ cache
-- has not seen (a number after it), so every request is a full update: dialog, FAQ search, one transaction, reply.
-- Needs HTTP_CHAT_TOKEN=chat-token-for-test-1234 on the bot and its chats v0..v255 past the language choice
-- (send each "/start ru" once). Usage: see the README, Operations. With "-- menu" after the URL every message is
-- "/menu" instead: the same update, transaction and reply without the FAQ search, to see what the search costs.
-- Each run draws its own numbers: Lua's generator starts from the same seed every time, and a run that repeated an
-- earlier run's message ids was answered from the record of handled deliveries (a repeat costs no update), which
-- made the bot look several times faster than it is.
-- Each wrk thread counts on its own: its chats are offset by half the chats, or two threads write to the same chat
-- at once and wait for each other (a chat's messages are handled in order), which measures the load generator.
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
function init(args)
  menu = args[1] == "menu"
  math.randomseed(os.time() * 7919 + (id or 0) * 104729)
  n = 0
  base = math.random(1, 2000000000)
end
local questions = {"как отозвать обращение", "сколько ждать ответа", "где находится центр приёма",
  "өтінішке қанша файл тіркеуге болады", "otinishti qalai qaitaryp alamyn", "не согласен с ответом акимата",
  "можно подать жалобу за маму", "как войти в отиниш без эцп"}
request = function()
  n = n + 1
  local number = base + n
  local text = menu and "/menu" or questions[(n % #questions) + 1] .. ' ' .. number
  local body = '{"chatId":"v' .. (((id or 0) * 128 + n) % 256) .. '","messageId":"m' .. number .. '","text":"' .. text .. '"}'
  return wrk.format("POST", "/chat", {["Authorization"] = "Bearer chat-token-for-test-1234", ["Content-Type"] = "application/json"}, body)
end
