package org.copcheckin.playground;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The site's root leads to the playground while it is on. */
@Controller
@ConditionalOnPlayground
class PlaygroundHome {

    @GetMapping("/")
    String home() {
        return "redirect:/playground";
    }
}
