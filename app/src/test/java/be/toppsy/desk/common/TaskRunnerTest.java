package be.toppsy.desk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same-thread runner of the tests: work is marked as a work unit, failures are never swallowed. */
class TaskRunnerTest {

    private final TaskRunner direct = TaskRunner.direct();

    @Test
    void workIsMarkedAsAWorkUnitAndTheResultIsNot() {
        List<String> seen = new ArrayList<>();
        direct.run(() -> {
            seen.add("work " + TaskRunner.inWorkUnit());
            return 1;
        }, result -> seen.add("result " + TaskRunner.inWorkUnit()));
        assertThat(seen).containsExactly("work true", "result false");
        assertThat(TaskRunner.inWorkUnit()).isFalse();
    }

    @Test
    void aFailureOnTheDefaultPathIsThrownSoTheTestSeesIt() {
        assertThatThrownBy(() -> direct.run(() -> {
            throw new IllegalStateException("lost connection");
        }, result -> { })).isInstanceOf(IllegalStateException.class).hasMessage("lost connection");
        assertThat(TaskRunner.inWorkUnit()).isFalse();
    }

    @Test
    void aFailureGoesToItsOwnHandlerWhenOneIsGiven() {
        List<Throwable> handled = new ArrayList<>();
        direct.run(() -> {
            throw new IllegalStateException("handled");
        }, result -> { }, handled::add);
        assertThat(handled).singleElement().extracting(Throwable::getMessage).isEqualTo("handled");
    }
}
