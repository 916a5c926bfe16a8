package be.toppsy.desk.intervision.runner;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Ticks twice a second on the JavaFX thread, for the runner's countdown. */
public final class FxTicker implements Ticker {

    private Timeline timeline;

    @Override
    public void start(Runnable onTick) {
        stop();
        timeline = new Timeline(new KeyFrame(Duration.millis(500), e -> onTick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
