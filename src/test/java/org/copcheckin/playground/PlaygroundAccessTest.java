package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.copcheckin.support.CoreTestConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The playground from another machine: every page, script and API call needs the key printed at start-up; the
 * key in the URL once sets a cookie and leaves the address; from this machine nothing is asked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cop.test.context=playground-access")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(CoreTestConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class PlaygroundAccessTest {

    private static final RequestPostProcessor ELSEWHERE = from("203.0.113.7");
    private static final String COMMAND = "{\"as\":\"fran\",\"text\":\"help\"}";

    @Autowired
    MockMvc mvc;
    @Autowired
    PlaygroundKey key;

    @Test
    void fromAnotherMachineWithoutTheKeyEveryPartOfThePlaygroundGetsOnlyTheWayToTheKey() throws Exception {
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {get("/playground"),
                get("/playground?as=ben"), get("/playground/api/state?as=fran"), get("/playground/playground.js"),
                get("/"), post("/playground/api/command").contentType(MediaType.APPLICATION_JSON).content(COMMAND)}) {
            MockHttpServletResponse response = mvc.perform(request.with(ELSEWHERE)).andReturn().getResponse();

            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getContentType()).startsWith("text/plain");
            assertThat(response.getContentAsString()).isEqualTo(PlaygroundKeyFilter.REFUSAL)
                    .contains("COP_PLAYGROUND_KEY", "log").doesNotContain("Fran", key.value());
            assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).isNull();
        }
    }

    @Test
    void aWrongKeyOrAWrongCookieIsRefusedTheSameWay() throws Exception {
        MockHttpServletResponse wrongKey = mvc.perform(get("/playground?key=" + key.value() + "x").with(ELSEWHERE))
                .andReturn().getResponse();
        MockHttpServletResponse wrongCookie = mvc.perform(get("/playground").with(ELSEWHERE)
                .cookie(new Cookie(PlaygroundKeyFilter.COOKIE, "guess"))).andReturn().getResponse();

        assertThat(wrongKey.getStatus()).isEqualTo(401);
        assertThat(wrongKey.getHeader(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(wrongCookie.getStatus()).isEqualTo(401);
    }

    @Test
    void theRightKeySetsAStrictHttpOnlyCookieAndLeavesTheAddressThenThePageAndApiWork() throws Exception {
        MockHttpServletResponse entry = mvc.perform(get("/playground?as=ben&key=" + key.value()).with(ELSEWHERE))
                .andReturn().getResponse();

        assertThat(entry.getStatus()).isEqualTo(303);
        assertThat(entry.getHeader(HttpHeaders.LOCATION)).isEqualTo("/playground?as=ben");
        String setCookie = entry.getHeader(HttpHeaders.SET_COOKIE);
        assertThat(setCookie).startsWith(PlaygroundKeyFilter.COOKIE + "=" + key.value())
                .contains("HttpOnly", "SameSite=Strict", "Path=/");
        Cookie cookie = new Cookie(PlaygroundKeyFilter.COOKIE, key.value());

        MockHttpServletResponse page = mvc.perform(get("/playground?as=ben").with(ELSEWHERE).cookie(cookie))
                .andReturn().getResponse();
        MockHttpServletResponse api = mvc.perform(post("/playground/api/command").with(ELSEWHERE).cookie(cookie)
                .contentType(MediaType.APPLICATION_JSON).content(COMMAND)).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Fran", "Ben").doesNotContain(key.value());
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(api.getContentAsString()).contains("\"state\"");
    }

    @Test
    void theSiteRootWithTheKeyLeadsToThePlayground() throws Exception {
        MockHttpServletResponse entry = mvc.perform(get("/?key=" + key.value()).with(ELSEWHERE)).andReturn().getResponse();

        assertThat(entry.getStatus()).isEqualTo(303);
        assertThat(entry.getHeader(HttpHeaders.LOCATION)).isEqualTo("/playground");
    }

    @Test
    void fromThisMachineNoKeyIsAsked() throws Exception {
        assertThat(mvc.perform(get("/playground").with(from("127.0.0.1"))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/playground/api/state?as=fran").with(from("::1"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/").with(from("127.0.0.1"))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/playground");
    }

    @Test
    void aRequestThroughAProxyOnThisMachineCountsAsFromElsewhere() throws Exception {
        for (String header : new String[] {"X-Forwarded-For", "Forwarded", "X-Real-IP"}) {
            assertThat(mvc.perform(get("/playground").with(from("127.0.0.1")).header(header, "203.0.113.7"))
                    .andReturn().getResponse().getStatus()).as(header).isEqualTo(401);
        }
    }

    @Test
    void probesAndSlackStayReachableFromElsewhere() throws Exception {
        assertThat(mvc.perform(get("/actuator/health/liveness").with(ELSEWHERE)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(mvc.perform(post("/slack/events").with(ELSEWHERE)).andReturn().getResponse().getStatus())
                .as("no Slack here: the app's own 404, not the key page").isEqualTo(404);
    }

    @Test
    void theKeyIsPrintedOnceAtStartUpInTheAddressToOpen(CapturedOutput output) {
        String line = "/playground?key=" + key.value();

        assertThat(output.getAll()).contains("Playground on. From another machine open http://", line);
        assertThat(output.getAll().split(java.util.regex.Pattern.quote(line), -1)).hasSize(2);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
