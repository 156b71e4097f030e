package kz.otinish.appeal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.otinish.dialog.FileInfo;
import kz.otinish.Lang;

/** A confirmed appeal: the answers of the questions that applied, its language and date, the attached files. */
public record Appeal(long id, Lang lang, LocalDate filedOn, Map<String, String> answers, List<FileInfo> files) {
    public Appeal {
        answers = Map.copyOf(answers);
        files = List.copyOf(files);
    }
}
