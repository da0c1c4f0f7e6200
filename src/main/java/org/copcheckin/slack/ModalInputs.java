package org.copcheckin.slack;

import java.util.Map;
import java.util.Optional;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.view.ViewState;

/** What a member typed into our modals: Slack leaves out the view, its state or the block when it has none. */
final class ModalInputs {

    private ModalInputs() {
    }

    /** The value of the input {@code actionId} in block {@code blockId}, empty when the submission has none. */
    static Optional<String> typed(ViewSubmissionPayload payload, String blockId, String actionId) {
        if (payload.getView() == null || payload.getView().getState() == null
                || payload.getView().getState().getValues() == null) {
            return Optional.empty();
        }
        Map<String, ViewState.Value> block = payload.getView().getState().getValues().get(blockId);
        return Optional.ofNullable(block).map(values -> values.get(actionId)).map(ViewState.Value::getValue);
    }
}
