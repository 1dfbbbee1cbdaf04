package jp.itaku.contract.ledger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The one HTTP call of {@link InspectionLedgerClient}, against any base URL (the contract test points it at Pact's
 * mock of inspection-service): GET /api/inspections/ledger with the caller's token, read tolerantly (fields
 * inspection-service adds are ignored) into {@link ChainSummary}. Any answer but 200 is an {@link IOException}.
 */
public final class InspectionLedgerCall {

    private final HttpClient http;
    private final ObjectMapper mapper;

    public InspectionLedgerCall(HttpClient http, ObjectMapper mapper) {
        this.http = http;
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public ChainSummary chains(String baseUrl, String division, String bearerToken, Duration timeout)
            throws IOException, InterruptedException {
        String query = division == null || division.isBlank() ? ""
                : "?division=" + URLEncoder.encode(division, StandardCharsets.UTF_8).replace("+", "%20");
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/inspections/ledger" + query))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearerToken)
                .GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("inspection-service ledger answered " + response.statusCode());
        }
        return mapper.readValue(response.body(), ChainSummary.class);
    }
}
