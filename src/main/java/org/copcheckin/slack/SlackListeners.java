package org.copcheckin.slack;

import com.slack.api.bolt.App;

/** A group of Bolt listeners (commands, events, actions) that registers itself on the app. */
interface SlackListeners {

    void registerOn(App app);
}
