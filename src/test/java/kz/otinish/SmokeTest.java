package kz.otinish;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;
class SmokeTest { @Test void runsOnModernJava() { assertTrue(Runtime.version().feature() >= 21); } }
