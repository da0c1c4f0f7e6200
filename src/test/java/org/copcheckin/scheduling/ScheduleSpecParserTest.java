package org.copcheckin.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleSpecParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "daily 08:30|0 30 8 * * ?|daily 08:30",
            "daily 7:05|0 5 7 * * ?|daily 07:05",
            "daily 5pm|0 0 17 * * ?|daily 17:00",
            "weekly mon 09:00|0 0 9 ? * MON|weekly mon 09:00",
            "weekly Friday 16:30|0 30 16 ? * FRI|weekly fri 16:30",
            "monthly first tue 10:00|0 0 10 ? * TUE#1|monthly first tue 10:00",
            "monthly third thu 14:00|0 0 14 ? * THU#3|monthly third thu 14:00",
            "monthly last fri 15:00|0 0 15 ? * FRIL|monthly last fri 15:00",
            "monthly 15 09:00|0 0 9 15 * ?|monthly 15 09:00",
            "monthly 1st 08:00|0 0 8 1 * ?|monthly 1 08:00",
            "quarterly first mon 09:00|0 0 9 ? 1,4,7,10 MON#1|quarterly first mon 09:00",
            "quarterly 1 08:30|0 30 8 1 1,4,7,10 ?|quarterly 1 08:30",
            "0 0 9 ? * MON-FRI|0 0 9 ? * MON-FRI|cron 0 0 9 ? * MON-FRI",
            "cron 0 15 10 ? * 6L|0 15 10 ? * 6L|cron 0 15 10 ? * 6L"})
    void everyFormMapsToOneQuartzCron(String when, String cron, String canonical) {
        ScheduleSpec spec = ScheduleSpecParser.parse(when);
        assertThat(spec.cron()).isEqualTo(cron);
        assertThat(spec.describe()).isEqualTo(canonical);
        assertThat(ScheduleSpecParser.parse(spec.describe())).isEqualTo(spec);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "daily", "daily 24:00", "daily 9", "daily 13pm", "weekly 09:00", "weekly xyz 09:00",
            "monthly 32 09:00", "monthly zeroth mon 09:00", "every day", "0 0 9 * * MON", "* * * *", "0 0 9 ? * MON 1999"})
    void somethingThatIsNotAScheduleIsRefused(String when) {
        assertThatThrownBy(() -> ScheduleSpecParser.parse(when)).isInstanceOf(InvalidScheduleException.class)
                .hasMessageNotContaining("null");
    }
}
