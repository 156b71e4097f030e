package kz.otinish.knowledge;

/** Something wrong in a knowledge-base file, told the way an admin can fix it. */
public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
