package kz.otinish.appeal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.otinish.dialog.FileInfo;

/**
 * An appeal being written. {@code step} is the question now asked; {@code reviewing} means the user
 * came from the review to change one answer and goes back there after it. {@code pending} is an
 * over-long text kept until the user agrees to cut it or sends a shorter one.
 */
public record Draft(String step, Map<String, String> answers, List<FileInfo> files, boolean reviewing, String pending) {

    public Draft {
        answers = new LinkedHashMap<>(answers);
        files = List.copyOf(files);
    }

    public static Draft begin(String firstStep) {
        return new Draft(firstStep, Map.of(), List.of(), false, null);
    }

    public Draft at(String newStep) {
        return new Draft(newStep, answers, files, reviewing, null);
    }

    public Draft answer(String key, String value) {
        Map<String, String> a = new LinkedHashMap<>(answers);
        a.put(key, value);
        return new Draft(step, a, files, reviewing, null);
    }

    public Draft withFiles(List<FileInfo> newFiles) {
        return new Draft(step, answers, newFiles, reviewing, pending);
    }

    public Draft reviewing(boolean value) {
        return new Draft(step, answers, files, value, pending);
    }

    public Draft pending(String text) {
        return new Draft(step, answers, files, reviewing, text);
    }
}
