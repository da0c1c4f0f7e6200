package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import org.junit.jupiter.api.Test;

class ModalInputsTest {

    @Test
    void theTypedValueIsFoundByBlockAndActionAndAnythingMissingIsEmpty() {
        ViewState.Value typed = new ViewState.Value();
        typed.setValue("a longer prompt");
        ViewState state = new ViewState();
        state.setValues(Map.of("prompt", Map.of("text", typed)));
        View view = new View();
        view.setState(state);
        ViewSubmissionPayload payload = new ViewSubmissionPayload();
        payload.setView(view);

        assertThat(ModalInputs.typed(payload, "prompt", "text")).contains("a longer prompt");
        assertThat(ModalInputs.typed(payload, "reply", "text")).as("another block").isEmpty();
        assertThat(ModalInputs.typed(payload, "prompt", "other")).as("another input").isEmpty();
        view.setState(null);
        assertThat(ModalInputs.typed(payload, "prompt", "text")).as("no state").isEmpty();
        assertThat(ModalInputs.typed(new ViewSubmissionPayload(), "prompt", "text")).as("no view").isEmpty();
    }
}
