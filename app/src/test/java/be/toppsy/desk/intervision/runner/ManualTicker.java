package be.toppsy.desk.intervision.runner;

/** A ticker the test drives. */
public final class ManualTicker implements Ticker {
    Runnable onTick;
    int starts;

    @Override
    public void start(Runnable tick) {
        onTick = tick;
        starts++;
    }

    @Override
    public void stop() {
        onTick = null;
    }

    /** Whether the ticker is running (started and not stopped). */
    public boolean running() {
        return onTick != null;
    }

    public void tick() {
        if (onTick != null) {
            onTick.run();
        }
    }
}
