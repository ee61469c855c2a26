package cn.wuhan.qualityaward.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The award's own API, documented at /api-docs (JSON) and /api-docs/ui. */
@Configuration
@OpenAPIDefinition(
        info =
                @Info(
                        title = "武汉市市长质量奖（个人奖）评审系统 API",
                        version = "1",
                        description = "供各区质量强区办和推荐单位门户使用。用 HTTP Basic 以系统用户登录；错误以 {code, message, errors} 返回。"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class OpenApiConfiguration {}
