package org.copcheckin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** cop-checkin: check-ins, partner pairing and anonymised trends for Communities of Practice. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CopCheckinApplication {

    public static void main(String[] args) {
        SpringApplication.run(CopCheckinApplication.class, args);
    }
}
