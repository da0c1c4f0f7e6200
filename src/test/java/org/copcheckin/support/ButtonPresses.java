package org.copcheckin.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.copcheckin.platform.ButtonPressed;
import org.springframework.context.event.EventListener;

/** Records every button press, standing in for a later feature that owns a button. Part of {@link CoreTestConfiguration}. */
public class ButtonPresses {

    public final List<ButtonPressed> pressed = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ButtonPressed event) {
        pressed.add(event);
    }
}
