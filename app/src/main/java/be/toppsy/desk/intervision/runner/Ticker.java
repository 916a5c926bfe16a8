package be.toppsy.desk.intervision.runner;

/**
 * Calls back regularly while the runner's countdown runs. The application uses a JavaFX
 * {@code Timeline} ({@link FxTicker}); tests call the callback by hand.
 */
public interface Ticker {

    void start(Runnable onTick);

    void stop();
}
