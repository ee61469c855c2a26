package cn.wuhan.qualityaward;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class QualityAwardApplication {

    public static void main(String[] args) {
        SpringApplication.run(QualityAwardApplication.class, args);
    }
}
