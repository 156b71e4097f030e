package kz.otinish;

public final class Main {
    public static void main(String[] args) {
        System.out.println("otinish " + Runtime.version());
    }
}
