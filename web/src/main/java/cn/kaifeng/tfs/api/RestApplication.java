package cn.kaifeng.tfs.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All resources live under /api; each version of the API under its own path (/api/v1/...). */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "人才与金融扶持平台 API / Talent & Fund Support Suite API",
                        version = "1",
                        description =
                                "Eligibility, letter verification and loan reporting for banks; account information."))
public class RestApplication extends Application {}
