package dev.prewarm.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.NotFoundException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {
    @Test
    void anInvalidParameterKeepsItsStatusCodeMessageAndNamesTheParameter() {
        Problem problem = ProblemMapper.fromDomain(new InvalidParameterException("Domains", "'x y' is not a domain"));
        JsonObject json = parse(problem.toJson());
        assertThat(json.getString("type")).isEqualTo("about:blank");
        assertThat(json.getString("title")).isEqualTo("Bad Request");
        assertThat(json.getInt("status")).isEqualTo(400);
        assertThat(json.getString("code")).isEqualTo("InvalidParameter.Domains");
        assertThat(json.getString("detail")).contains("'x y' is not a domain");
        assertThat(json.getString("parameter")).isEqualTo("Domains");
    }

    @Test
    void otherDomainErrorsHaveNoParameter() {
        JsonObject json =
                parse(ProblemMapper.fromDomain(NotFoundException.site("7")).toJson());
        assertThat(json.getInt("status")).isEqualTo(404);
        assertThat(json.getString("code")).isEqualTo("InvalidSite.NotFound");
        assertThat(json.containsKey("parameter")).isFalse();
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
